import { useId } from 'react';
import { ContextRows } from '../../components/context-rows';
import { formatCount } from '../../flows/index';
import { keyLabel } from '../../stores/key-list';
import { FlowPicker } from './flow-picker';
import { flowInfo } from './flow-kinds';
import { KeyChooser } from './key-chooser';
import { BURST_SIZE } from './run-burst';
import { OVER_THE_LIMIT, type FlowLabState } from './use-flow-lab';

const ENCRYPT_LIMIT = 4096;

/** Choose a key and a flow, give it your own text and context, and run it for real. */
export function SetupPanel({ lab, region, ready }: { lab: FlowLabState; region: string; ready: boolean }) {
  const ids = { title: useId(), text: useId(), count: useId(), destination: useId() };
  const { keyList, key, kind, busy } = lab;
  const info = flowInfo(kind);
  const bytes = new TextEncoder().encode(lab.text).length;
  const usesText = kind === 'encrypt' || kind === 'envelope-encrypt';
  const canRun = ready && !busy && key !== null && lab.context.ok && lab.missing === null;

  return (
    <section className="flow-setup" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="flow-setup__title">
        Run a flow
      </h2>
      <KeyChooser
        region={region}
        keys={keyList.keys}
        loading={keyList.loading}
        selected={key}
        busy={!ready || busy !== false}
        onSelect={lab.chooseKey}
        onCreate={() => void keyList.createDemoKey().then((created) => created && lab.chooseKey(created.KeyId))}
        onToggle={(k) => void keyList.toggleKey(k)}
      />
      <FlowPicker kind={kind} onChange={lab.setKind} available={(k) => !flowInfo(k).needs || (flowInfo(k).needs === 'ciphertext' ? lab.hasCiphertext : lab.hasEnvelope)} />
      {usesText && (
        <div className="field">
          <label htmlFor={ids.text}>Your text</label>
          <textarea id={ids.text} rows={3} value={lab.text} spellCheck={false} aria-describedby={ids.count} onChange={(event) => lab.setText(event.target.value)} />
          <div className="field__row">
            <p id={ids.count} className={kind === 'encrypt' && bytes > ENCRYPT_LIMIT ? 'field__note field__note--warn' : 'field__note'}>
              {formatCount(bytes)} bytes{kind === 'encrypt' && ` of ${formatCount(ENCRYPT_LIMIT)}`}
              {kind === 'encrypt' && bytes > ENCRYPT_LIMIT && ': more than Encrypt accepts. Run it to see where KMS refuses.'}
            </p>
            {kind === 'encrypt' && bytes <= ENCRYPT_LIMIT && (
              <button type="button" className="link-button" onClick={() => lab.setText(OVER_THE_LIMIT)}>
                Try 4,097 bytes
              </button>
            )}
          </div>
        </div>
      )}
      {kind === 're-encrypt' && keyList.keys.length > 0 && (
        <div className="field">
          <label htmlFor={ids.destination}>Destination key</label>
          <select id={ids.destination} value={lab.destinationKey?.KeyId ?? ''} onChange={(event) => lab.chooseDestination(event.target.value)}>
            {keyList.keys.map((k) => (
              <option key={k.KeyId} value={k.KeyId}>
                {keyLabel(k)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind !== 'envelope-decrypt' && (
        <ContextRows
          rows={lab.rows}
          onChange={lab.setRows}
          hint={kind === 'decrypt' || kind === 're-encrypt' ? 'Change a value to watch the HSM refuse the ciphertext.' : 'KMS binds these pairs to what it encrypts; Decrypt must give the same ones.'}
          legend={kind === 're-encrypt' ? 'Encryption context for the new ciphertext' : 'Encryption context'}
        />
      )}
      <div className="flow-setup__actions">
        <button type="button" className="button button--primary" disabled={!canRun} onClick={() => void lab.start()}>
          {busy === 'flow' ? 'Running…' : `Run: ${info.label}`}
        </button>
        {lab.missing && <p className="field__note">{lab.missing}</p>}
      </div>
      <div className="flow-setup__burst">
        <button type="button" className="button button--secondary" disabled={!ready || busy !== false || key === null} onClick={() => void lab.startBurst()}>
          Run {formatCount(BURST_SIZE)} GenerateDataKey
        </button>
        <p className="field__note">
          {lab.progress
            ? `${formatCount(lab.progress.done)} of ${formatCount(lab.progress.total)} answered…`
            : 'Too fast to follow one by one: shown as counts along the same path.'}
        </p>
      </div>
    </section>
  );
}
