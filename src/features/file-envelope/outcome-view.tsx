import { formatBytes } from '../../flows/index';
import { ProgressView } from './progress-view';
import type { Outcome } from './use-file-lab';

/**
 * What an operation came to, in an always-present live region: progress while it runs, then the
 * download, the error (its EnvelopeError code and message) or the cancel.
 */
export function OutcomeView({ outcome, working, doneText, downloadLabel, onCancel }: {
  outcome: Outcome;
  working: string;
  doneText: string;
  downloadLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {outcome.kind === 'working' && <ProgressView label={working} progress={outcome.progress} onCancel={onCancel} />}
      <div role="status" className={`file-outcome file-outcome--${outcome.kind}`}>
        {outcome.kind === 'done' && (
          <>
            <p>
              {doneText} {formatBytes(outcome.download.bytes)}: {outcome.download.summary}.
            </p>
            <a className="button button--primary" href={outcome.download.url} download={outcome.download.name}>
              {downloadLabel} {outcome.download.name}
            </a>
          </>
        )}
        {outcome.kind === 'failed' && (
          <p>
            <strong className="file-outcome__code">{outcome.code}</strong> {outcome.message}
          </p>
        )}
        {outcome.kind === 'cancelled' && <p>Cancelled. Nothing was kept, and the data key had already been wiped.</p>}
      </div>
    </>
  );
}
