import { useId, useState, type DragEvent } from 'react';
import { formatBytes } from '../../flows/index';

/**
 * A labelled file input (the keyboard way, and what a screen reader announces) inside a drop zone
 * (the mouse way). Either gives the same File object; nothing is read until the learner acts.
 */
export function FilePicker({ label, hint, file, onFile, disabled, accept }: {
  label: string;
  hint: string;
  file: File | null;
  onFile: (file: File) => void;
  disabled?: boolean;
  accept?: string;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onFile(dropped);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="drop-zone__label">
        {label}
      </label>
      <input
        id={id}
        type="file"
        className="drop-zone__input"
        disabled={disabled}
        {...(accept && { accept })}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) onFile(chosen);
        }}
      />
      <p id={`${id}-hint`} className="drop-zone__hint">
        {file ? `Chosen: ${file.name} (${formatBytes(file.size)})` : hint}
      </p>
    </div>
  );
}
