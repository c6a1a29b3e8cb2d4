import { useId, useMemo, useState } from 'react';
import type { TrailEntry } from '../../engine/index';
import { formatCount, shortKeyId } from './bytes';
import { useEngine } from '../../stores/engine-context';

const PAGE = 25;

function userOf(entry: TrailEntry): string {
  const identity = entry.record.userIdentity;
  if (typeof identity.userName === 'string') return identity.userName;
  if (typeof identity.invokedBy === 'string') return identity.invokedBy;
  return typeof identity.type === 'string' ? identity.type : '—';
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

function TrailRow({ entry }: { entry: TrailEntry }) {
  const { record } = entry;
  const crossings = useEngine((state) => (record.requestID ? state.hsmCallsOf(record.requestID) : undefined));
  const key = record.resources?.[0]?.ARN;
  return (
    <li className="trail-row">
      <details>
        <summary>
          <time className="trail-row__time" dateTime={record.eventTime}>
            {timeFormat.format(new Date(record.eventTime))}
          </time>
          <span className="trail-row__name">{record.eventName}</span>
          {record.errorCode ? (
            <span className="trail-row__error">
              <span className="visually-hidden">error </span>
              {record.errorCode}
            </span>
          ) : (
            <span className="trail-row__ok">OK</span>
          )}
          <span className="trail-row__meta">
            <span>
              <span className="visually-hidden">user </span>
              {userOf(entry)}
            </span>
            <span className="trail-row__key">
              <span className="visually-hidden">key </span>
              {key ? shortKeyId(key) : '—'}
            </span>
            {crossings?.map((crossing, i) => (
              <span key={i} className="trail-row__hsm">
                <span className="visually-hidden">served by </span>HSM {crossing.az}
              </span>
            ))}
          </span>
        </summary>
        <pre className="trail-row__json" tabIndex={0} role="region" aria-label={`CloudTrail record ${record.eventID} as JSON`}>
          {JSON.stringify(record, null, 2)}
        </pre>
      </details>
    </li>
  );
}

/** The Region's CloudTrail records, newest first, straight from the engine's trail. */
export function TrailCard({ region }: { region: string }) {
  const titleId = useId();
  const trail = useEngine((state) => state.trail);
  const ready = useEngine((state) => state.status === 'ready');
  const [shown, setShown] = useState(PAGE);
  // One backward pass: the Region's count and its newest `shown` records, without copying a long trail.
  const { count, newest } = useMemo(() => {
    const found: TrailEntry[] = [];
    let inRegion = 0;
    for (let i = trail.length - 1; i >= 0; i--) {
      const entry = trail[i]!;
      if (entry.record.awsRegion !== region) continue;
      if (inRegion < shown) found.push(entry);
      inRegion++;
    }
    return { count: inRegion, newest: found };
  }, [trail, region, shown]);

  return (
    <section className="panel-card trail-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-card__title">
        CloudTrail records
      </h2>
      <p className="panel-card__hint">
        {formatCount(count)} {count === 1 ? 'record' : 'records'} in {region}, newest first. Every request
        writes one, success or failure; the HSM column comes from the engine&rsquo;s boundary events. Open a record to read its JSON.
      </p>
      {count === 0 ? (
        <p className="panel-card__empty">{ready ? `No requests in ${region} yet.` : 'Waiting for the engine…'}</p>
      ) : (
        <ol className="trail-list" aria-label={`CloudTrail records in ${region}`}>
          {newest.map((entry) => (
            <TrailRow key={entry.seq} entry={entry} />
          ))}
        </ol>
      )}
      {count > shown && (
        <button type="button" className="button button--secondary button--small" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatCount(Math.min(PAGE, count - shown))} older records
        </button>
      )}
    </section>
  );
}
