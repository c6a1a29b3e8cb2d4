import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal question with a way back: the browser's own <dialog> (focus stays inside, Escape cancels),
 * opened while `open` is true. Focus starts on Cancel, so Enter alone never destroys anything.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel }: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // A destructive question starts on its safe answer, so Enter alone never destroys anything.
      cancel.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={() => open && onCancel()}>
      <h2 id={titleId} className="confirm-dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="confirm-dialog__body">
        {children}
      </div>
      <div className="confirm-dialog__actions">
        <button type="button" className="simulator-button simulator-button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className="simulator-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
