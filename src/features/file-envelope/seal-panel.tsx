import { useId, useState } from 'react';
import { ContextRows, contextFromRows } from '../../components/context-rows';
import { keyLabel } from '../../stores/key-list';
import { FilePicker } from './file-picker';
import { OutcomeView } from './outcome-view';
import type { FileLabState } from './use-file-lab';
import { useRegionKeys } from '../../stores/use-region-keys';
import { useEngine } from '../../stores/engine-context';

/** Choose a file, a key and a context; encrypt; download the package. */
export function SealPanel({ lab, region, ready }: { lab: FileLabState; region: string; ready: boolean }) {
  const ids = { title: useId(), key: useId() };
  const call = useEngine((state) => state.call);
  const engineReady = useEngine((state) => state.status === 'ready');
  const { keys, loading, createDemoKey } = useRegionKeys({ ready: engineReady, call, region, demoKeyDescription: 'Files demo key' });
  const [chosen, setChosen] = useState<string | null>(null);
  const key = keys.find((k) => k.KeyId === chosen) ?? keys.at(-1) ?? null;
  const context = contextFromRows(lab.rows);
  const working = lab.sealing.kind === 'working' || lab.opening.kind === 'working';
  return (
    <section className="file-panel" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="file-panel__title">
        Encrypt a file
      </h2>
      <FilePicker label="File to encrypt" hint="Choose any file, or drop one here. It never leaves this tab." file={lab.file} onFile={lab.chooseFile} disabled={working} />
      {loading ? (
        <p className="field__note">Reading the keys of {region}…</p>
      ) : keys.length > 0 ? (
        <div className="field">
          <label htmlFor={ids.key}>KMS key for GenerateDataKey</label>
          <select id={ids.key} value={key?.KeyId ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {keys.map((k) => (
              <option key={k.KeyId} value={k.KeyId}>
                {keyLabel(k)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="field__note">No keys in {region} yet.</p>
      )}
      <button type="button" className="button button--secondary button--small file-panel__inline" disabled={!ready || working} onClick={() => void createDemoKey().then((k) => k && setChosen(k.KeyId))}>
        Create a demo key
      </button>
      <ContextRows rows={lab.rows} onChange={lab.setRows} hint="Stored in the package header in the clear, and bound to the data key by KMS: opening needs the same pairs." disabled={working} />
      <button type="button" className="button button--primary" disabled={!ready || working || !lab.file || !key || !context.ok} onClick={() => key && context.ok && void lab.seal(key.KeyId, context.context)}>
        Encrypt {lab.file ? lab.file.name : 'the file'}
      </button>
      <OutcomeView outcome={lab.sealing} working="Encrypting" doneText="Package ready:" downloadLabel="Download" onCancel={lab.cancel} />
    </section>
  );
}
