import { useId } from 'react';
import { FLOWS, type FlowKind } from './flow-kinds';

/** The flows as a radio group: each says what it does, and what it needs first. */
export function FlowPicker({ kind, onChange, available }: { kind: FlowKind; onChange: (kind: FlowKind) => void; available: (kind: FlowKind) => boolean }) {
  const id = useId();
  return (
    <fieldset className="flow-picker">
      <legend>Flow</legend>
      {FLOWS.map((flow) => {
        const ready = available(flow.kind);
        return (
          <label key={flow.kind} className={`flow-picker__option${flow.kind === kind ? ' flow-picker__option--checked' : ''}`}>
            <input
              type="radio"
              name={`${id}-flow`}
              value={flow.kind}
              checked={flow.kind === kind}
              aria-labelledby={`${id}-${flow.kind}`}
              aria-describedby={`${id}-${flow.kind}-about`}
              onChange={() => onChange(flow.kind)}
            />
            <span className="flow-picker__text">
              <span id={`${id}-${flow.kind}`} className="flow-picker__label">
                {flow.label}
              </span>
              <span id={`${id}-${flow.kind}-about`} className="flow-picker__description">
                {flow.description}
                {!ready && flow.needs && ` Needs ${flow.needs === 'ciphertext' ? 'a ciphertext from Encrypt' : 'an envelope from Envelope encryption'} first.`}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
