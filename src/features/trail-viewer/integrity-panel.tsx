import { useId } from 'react';
import type { ChainVerdict, TrailEntry } from '../../engine/index';
import { eventTimeText } from './format';
import type { TamperedCopy } from './integrity';

export type IntegrityResult =
  | { kind: 'checking'; records: number }
  | { kind: 'verdict'; verdict: ChainVerdict; culprit: TrailEntry | undefined; of: 'real' | 'copy' }
  | { kind: 'restored' }
  | { kind: 'unavailable'; reason: string };

interface IntegrityPanelProps {
  /** The tampered copy on screen, if the demo is running. */
  tampered: TamperedCopy | null;
  /** Viewing an imported file: there is no chain to check. */
  viewingFile: boolean;
  busy: boolean;
  result: IntegrityResult | null;
  onValidate: () => void;
  onTamper: () => void;
  onRestore: () => void;
}

function ResultText({ result }: { result: IntegrityResult }) {
  if (result.kind === 'checking') return <>Validating {result.records.toLocaleString('en-US')} records…</>;
  if (result.kind === 'restored') return <>Restored: you are viewing your real trail again. It was never changed.</>;
  if (result.kind === 'unavailable') return <>{result.reason}</>;
  const { verdict, culprit, of } = result;
  const which = of === 'copy' ? 'The tampered copy' : 'Your trail';
  if (verdict.valid) {
    return (
      <>
        <strong>Valid.</strong> {which} checks out: all {verdict.records.toLocaleString('en-US')} records are intact and in order, and the
        chain ends at the newest record KMS wrote.
      </>
    );
  }
  return (
    <>
      <strong>Not valid: record {verdict.problem}.</strong> {verdict.explanation}{' '}
      {culprit && (
        <>
          The first record that fails is <strong>{culprit.record.eventName}</strong> at{' '}
          <time dateTime={culprit.record.eventTime}>{eventTimeText(culprit)}</time>, event ID{' '}
          <code className="trail-integrity__id">{culprit.record.eventID}</code>.
        </>
      )}
    </>
  );
}

/** Log file integrity validation, explained and run on the live trail; and a demo that breaks a copy. */
export function IntegrityPanel({ tampered, viewingFile, busy, result, onValidate, onTamper, onRestore }: IntegrityPanelProps) {
  const titleId = useId();
  const failed = result?.kind === 'verdict' && !result.verdict.valid;
  const passed = result?.kind === 'verdict' && result.verdict.valid;
  return (
    <section className="panel-card trail-integrity" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-card__title">
        Integrity validation
      </h2>
      <p className="panel-card__hint">
        With log file integrity validation on, CloudTrail delivers a <em>digest file</em> every hour for each Region. It lists the SHA-256
        hash of every log file delivered that hour, is signed with CloudTrail&rsquo;s private key (SHA-256 with RSA), and carries the hash and
        signature of the previous digest, so the digests form a chain. <code>aws cloudtrail validate-logs</code> follows that chain back and
        reports any log file that was changed, deleted or moved after delivery.
      </p>
      <p className="panel-card__hint">
        KMS Lab chains every record instead of every hourly file, the same way: each record has a SHA-256 digest, and its link is SHA-256
        over the previous link and that digest (as a digest file carries the previous digest file&rsquo;s signature). The engine keeps the
        newest link apart. Change one character of any record and its hash, and every link after
        it, stops matching.
      </p>
      {viewingFile ? (
        <p className="trail-integrity__note">
          An imported log file carries no digest or hash chain, so it cannot be validated here. Go back to the live trail to validate it.
        </p>
      ) : (
        <div className="trail-integrity__actions">
          <button type="button" className="button button--primary" onClick={onValidate} disabled={busy}>
            Validate
          </button>
          {tampered ? (
            <button type="button" className="button button--secondary" onClick={onRestore} disabled={busy}>
              Restore
            </button>
          ) : (
            <button type="button" className="button button--secondary trail-integrity__demo" onClick={onTamper} disabled={busy}>
              Tamper with a record (demo)
            </button>
          )}
        </div>
      )}
      {tampered && (
        <p className="trail-integrity__demo-note">
          <strong>Demo:</strong> you are viewing a tampered copy of the trail. Record {tampered.seq}&rsquo;s <code>{tampered.field}</code> was
          changed from <code>{tampered.from}</code> to <code>{tampered.to}</code> in the copy only; your real trail is untouched. Restore returns
          to it.
        </p>
      )}
      <p className={`trail-integrity__result${failed ? ' trail-integrity__result--bad' : ''}${passed ? ' trail-integrity__result--good' : ''}`} role="status">
        {result && <ResultText result={result} />}
      </p>
    </section>
  );
}
