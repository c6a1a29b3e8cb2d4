import { useId, useState, type FormEvent } from 'react';
import { HsmNote } from './hsm-note';
import { OutcomeStatus, type Outcome } from './outcome';
import { shortKeyId } from './bytes';
import { useEngine } from '../../stores/engine-context';
import type { KeySummary } from './use-keys';

interface KeyCardProps {
  region: string;
  keys: readonly KeySummary[];
  loading: boolean;
  selected: KeySummary | null;
  onSelect: (keyId: string) => void;
  onKeyChanged: (key: KeySummary) => void;
}

const keyLabel = (key: KeySummary) => `${key.Description || 'No description'} · ${shortKeyId(key.KeyId)} · ${key.KeyState}`;

export function KeyCard({ region, keys, loading, selected, onSelect, onKeyChanged }: KeyCardProps) {
  const ids = { title: useId(), description: useId(), key: useId() };
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [requestId, setRequestId] = useState<string>();

  async function createKey(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome({ kind: 'working', text: `Creating a key in ${region}…` });
    const result = await call('CreateKey', description.trim() ? { Description: description.trim() } : {}, { region });
    setBusy(false);
    setRequestId(result.requestId);
    if (!result.ok) return setOutcome({ kind: 'error', ...result.error });
    const key = result.output.KeyMetadata as KeySummary;
    onKeyChanged(key);
    onSelect(key.KeyId);
    setDescription('');
    setOutcome({ kind: 'success', text: `Created key ${key.KeyId} in ${region}. It is enabled.` });
  }

  async function toggle(key: KeySummary) {
    const operation = key.KeyState === 'Enabled' ? 'DisableKey' : 'EnableKey';
    setBusy(true);
    setOutcome({ kind: 'working', text: `${operation === 'DisableKey' ? 'Disabling' : 'Enabling'} the key…` });
    const result = await call(operation, { KeyId: key.KeyId }, { region });
    setRequestId(result.requestId);
    if (!result.ok) {
      setBusy(false);
      return setOutcome({ kind: 'error', ...result.error });
    }
    // Read the state back from KMS rather than assume it, as the console does.
    const described = await call('DescribeKey', { KeyId: key.KeyId }, { region });
    setBusy(false);
    if (described.ok) onKeyChanged(described.output.KeyMetadata as KeySummary);
    setOutcome({
      kind: 'success',
      text:
        operation === 'DisableKey'
          ? 'The key is now disabled: KMS will refuse to encrypt or decrypt with it until you enable it again.'
          : 'The key is enabled again: it encrypts and decrypts as before.',
    });
  }

  return (
    <section className="panel-card key-card" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="panel-card__title">
        <span className="panel-card__step" aria-hidden="true">1</span> Create a key
      </h2>
      <div className="key-card__body">
        <div className="key-card__create">
          <form className="panel-form panel-form--inline" onSubmit={(event) => void createKey(event)}>
            <div className="field field--grow">
              <label htmlFor={ids.description}>
                Description <span className="field__optional">(optional)</span>
              </label>
              <input id={ids.description} value={description} maxLength={8192} onChange={(event) => setDescription(event.target.value)} />
            </div>
            <button type="submit" className="button button--primary" disabled={!ready || busy}>
              Create key
            </button>
          </form>
          <p className="panel-card__hint">
            A symmetric KMS key in <strong>{region}</strong>. The HSM generates its key material and hands out only a token
            wrapped under the Region&rsquo;s domain key.
          </p>
        </div>

        {loading ? (
          <p className="panel-card__empty">Reading the keys of {region}…</p>
        ) : keys.length === 0 ? (
          <p className="panel-card__empty">No keys in {region} yet.</p>
        ) : (
          <div className="key-picker">
            <div className="field">
              <label htmlFor={ids.key}>Key</label>
              <select id={ids.key} value={selected?.KeyId ?? ''} onChange={(event) => onSelect(event.target.value)}>
                {keys.map((key) => (
                  <option key={key.KeyId} value={key.KeyId}>
                    {keyLabel(key)}
                  </option>
                ))}
              </select>
            </div>
            {selected && (
              <div className="key-facts">
                <p className="key-facts__state">
                  State <span className={`key-state key-state--${selected.KeyState.toLowerCase()}`}>{selected.KeyState}</span>
                </p>
                {(selected.KeyState === 'Enabled' || selected.KeyState === 'Disabled') && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={!ready || busy}
                    onClick={() => void toggle(selected)}
                  >
                    {selected.KeyState === 'Enabled' ? 'Disable key' : 'Enable key'}
                  </button>
                )}
                <p className="key-facts__arn">
                  <span className="visually-hidden">Key ARN: </span>
                  <code>{selected.Arn}</code>
                </p>
              </div>
            )}
          </div>
        )}
      </div>
      <OutcomeStatus outcome={outcome} />
      {outcome.kind === 'success' && <HsmNote requestId={requestId} />}
    </section>
  );
}
