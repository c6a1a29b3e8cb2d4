import { useId } from 'react';
import { ContextRows, contextFromRows } from '../../components/context-rows';
import { formatBytes, plural } from '../../flows/index';
import { FilePicker } from './file-picker';
import { OutcomeView } from './outcome-view';
import type { FileLabState } from './use-file-lab';

/** Open a package: what its header claims, Decrypt of its data key, every frame verified, the original back. */
export function OpenPanel({ lab, ready }: { lab: FileLabState; ready: boolean }) {
  const titleId = useId();
  const expected = contextFromRows(lab.expectedRows);
  const working = lab.sealing.kind === 'working' || lab.opening.kind === 'working';
  const header = lab.header;
  return (
    <section className="file-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="file-panel__title">
        Open a package
      </h2>
      <FilePicker label="Package to open" hint="Choose a .kmslab package, or drop one here." file={lab.pkg} onFile={lab.choosePackage} disabled={working} accept=".kmslab,application/octet-stream" />
      {header && 'problem' in header && <p className="field__note field__note--error">This is not a package KMS Lab can read: {header.problem}</p>}
      {header && !('problem' in header) && (
        <dl className="package-header" aria-label="What the package header says (not yet verified)">
          <div>
            <dt>KMS key</dt>
            <dd>
              <code>{header.keyArn}</code>
            </dd>
          </div>
          <div>
            <dt>Encrypted data key</dt>
            <dd>{formatBytes(header.encryptedDataKey.length)}, in the header beside the data</dd>
          </div>
          <div>
            <dt>Encryption context</dt>
            <dd>
              {Object.entries(header.encryptionContext)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ') || 'none'}
            </dd>
          </div>
          <div>
            <dt>Frames</dt>
            <dd>
              {plural(header.frameCount, 'frame')} of up to {formatBytes(header.frameSize)}
            </dd>
          </div>
        </dl>
      )}
      <ContextRows
        rows={lab.expectedRows}
        onChange={lab.setExpectedRows}
        legend="Expected encryption context (optional)"
        hint="Leave empty to use the package’s own. Fill it in to insist: a mismatch stops before KMS is even called."
        disabled={working}
      />
      <button type="button" className="button button--primary" disabled={!ready || working || !lab.pkg || !expected.ok} onClick={() => expected.ok && void lab.open(expected.context)}>
        Decrypt and verify
      </button>
      <OutcomeView outcome={lab.opening} working="Decrypting" doneText="Verified:" downloadLabel="Download" onCancel={lab.cancel} />
    </section>
  );
}
