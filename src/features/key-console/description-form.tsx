import { useId, useState, type FormEvent } from 'react';
import { useCall } from './console-env';
import { OutcomeStatus, type Outcome } from './outcome';

/** Changes the key's description with UpdateKeyDescription, as the console's "Edit" does. */
export function DescriptionForm({ keyId, description }: { keyId: string; description: string }) {
  const id = useId();
  const call = useCall();
  const [text, setText] = useState(description);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function save(event: FormEvent) {
    event.preventDefault();
    setOutcome({ kind: 'working', text: 'UpdateKeyDescription…' });
    const outcome = await call('UpdateKeyDescription', { KeyId: keyId, Description: text });
    setOutcome(outcome.ok ? { kind: 'success', text: 'Saved the description.' } : { kind: 'error', error: outcome.error, action: 'UpdateKeyDescription' });
  }

  return (
    <form className="inline-form description-form" onSubmit={(event) => void save(event)}>
      <div className="field">
        <label htmlFor={id}>Edit description</label>
        <textarea id={id} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="submit" className="button" disabled={text === description}>
        Save description
      </button>
      <OutcomeStatus outcome={outcome} className="description-form__status" />
    </form>
  );
}
