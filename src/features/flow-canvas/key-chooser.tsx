import { useId } from 'react';
import { keyLabel, type KeySummary } from '../../stores/key-list';

interface KeyChooserProps {
  region: string;
  keys: readonly KeySummary[];
  loading: boolean;
  selected: KeySummary | null;
  busy: boolean;
  onSelect: (keyId: string) => void;
  onCreate: () => void;
  onToggle: (key: KeySummary) => void;
}

/** A small select of the Region's keys, a demo key on demand, and a switch to watch a disabled key fail. */
export function KeyChooser({ region, keys, loading, selected, busy, onSelect, onCreate, onToggle }: KeyChooserProps) {
  const id = useId();
  return (
    <div className="key-chooser">
      {loading ? (
        <p className="field__note">Reading the keys of {region}…</p>
      ) : keys.length === 0 ? (
        <p className="field__note">No keys in {region} yet: create a demo key to begin.</p>
      ) : (
        <div className="field">
          <label htmlFor={id}>KMS key</label>
          <select id={id} value={selected?.KeyId ?? ''} onChange={(event) => onSelect(event.target.value)}>
            {keys.map((key) => (
              <option key={key.KeyId} value={key.KeyId}>
                {keyLabel(key)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="key-chooser__actions">
        <button type="button" className="button button--secondary button--small" disabled={busy} onClick={onCreate}>
          Create a demo key
        </button>
        {selected && (selected.KeyState === 'Enabled' || selected.KeyState === 'Disabled') && (
          <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => onToggle(selected)}>
            {selected.KeyState === 'Enabled' ? 'Disable this key' : 'Enable this key'}
          </button>
        )}
      </div>
    </div>
  );
}
