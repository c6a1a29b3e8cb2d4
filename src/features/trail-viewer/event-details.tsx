import { useId, type Ref } from 'react';
import type { TrailEntry } from '../../engine/index';
import { eventTimeText, resourceOf, userNameOf } from './format';

interface EventDetailsProps {
  entry: TrailEntry | undefined;
  /** Escape in the details returns here. */
  onBack: () => void;
  /** A note about where the record comes from, when it is not the live trail. */
  note?: string;
  /** The heading, which Enter in the list moves focus to. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The selected event: the facts the console lists above the record, then the whole record as JSON. */
export function EventDetails({ entry, onBack, note, headingRef }: EventDetailsProps) {
  const titleId = useId();
  const record = entry?.record;
  return (
    <section
      className="event-details"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onBack();
        }
      }}
    >
      <h2 id={titleId} className="event-details__title" tabIndex={-1} ref={headingRef}>
        {record ? `Event record: ${record.eventName}` : 'Event record'}
      </h2>
      {!entry || !record ? (
        <p className="event-details__empty">Select an event to read its full CloudTrail record. In the list, use the arrow keys, then Enter.</p>
      ) : (
        <>
          {note && <p className="event-details__note">{note}</p>}
          <dl className="event-details__facts">
            <dt>Event time</dt>
            <dd>
              <time dateTime={record.eventTime}>{eventTimeText(entry)}</time>
            </dd>
            <dt>User name</dt>
            <dd>{userNameOf(entry)}</dd>
            <dt>Event source</dt>
            <dd>{record.eventSource}</dd>
            <dt>AWS Region</dt>
            <dd>{record.awsRegion}</dd>
            <dt>Source IP address</dt>
            <dd>{record.sourceIPAddress}</dd>
            <dt>Event ID</dt>
            <dd className="event-details__mono">{record.eventID}</dd>
            {record.requestID && (
              <>
                <dt>Request ID</dt>
                <dd className="event-details__mono">{record.requestID}</dd>
              </>
            )}
            <dt>Resource</dt>
            <dd className="event-details__mono">{resourceOf(entry)?.full ?? '—'}</dd>
            <dt>Error code</dt>
            <dd>{record.errorCode ?? '—'}</dd>
            {record.errorMessage && (
              <>
                <dt>Error message</dt>
                <dd>{record.errorMessage}</dd>
              </>
            )}
          </dl>
          <h3 className="event-details__subtitle">Event record (JSON)</h3>
          <pre className="event-details__json" tabIndex={0} role="region" aria-label={`CloudTrail record ${record.eventID} as JSON`}>
            {JSON.stringify(record, null, 2)}
          </pre>
          <p className="event-details__hint">Press Escape to return to the list.</p>
        </>
      )}
    </section>
  );
}
