import { useCallback, useMemo, useRef, useState } from 'react';
import type { EngineStore } from '../../stores/engine-store';
import type { TrailEntry } from '../../engine/index';
import { EventDetails } from './event-details';
import { EventList } from './event-list';
import { FilterBar, NO_FILTER, utcFromField, type FilterFields } from './filter-bar';
import type { TrailFilter } from './filter';
import { countText } from './format';
import { IntegrityPanel, type IntegrityResult } from './integrity-panel';
import { culpritOf, tamperCopy, type TamperedCopy } from './integrity';
import { LogFileControls } from './log-file-controls';
import type { ImportedLog } from './log-file';
import { EngineStoreContext, useEngine } from '../../stores/engine-context';
import { useFilteredTrail, useThrottled } from './use-filtered-trail';
import '../../styles/trail-viewer.css';

/** What the list shows: the engine's own trail, an imported log file, or the demo's tampered copy. */
type Source = { kind: 'live' } | { kind: 'file'; log: ImportedLog } | { kind: 'tampered'; copy: TamperedCopy };

/**
 * CloudTrail's event history for the shell's Region, read from the live engine: newest first, one
 * lookup attribute and a time range, the whole record on selection, log files out and in, and the
 * hash-chain validation with a tamper demo that only ever alters a copy.
 */
export default function TrailViewer({ store, region }: { store: EngineStore; region: string }) {
  return (
    <EngineStoreContext value={store}>
      <Viewer region={region} />
    </EngineStoreContext>
  );
}

function toFilter(fields: FilterFields): TrailFilter | string {
  const start = utcFromField(fields.from);
  const end = utcFromField(fields.to);
  if (start && Number.isNaN(start.getTime())) return 'The From time is not a date.';
  if (end && Number.isNaN(end.getTime())) return 'The To time is not a date.';
  return { ...(fields.value !== '' && { attribute: { key: fields.key, value: fields.value } }), ...(start && { start }), ...(end && { end }) };
}

function Viewer({ region }: { region: string }) {
  const kms = useEngine((state) => state.kms);
  const status = useEngine((state) => state.status);
  const trailEntries = useEngine((state) => state.trailEntries);
  const liveVersion = useThrottled(
    useEngine((state) => state.trailVersion),
    1000,
  );
  const [source, setSource] = useState<Source>({ kind: 'live' });
  const [fields, setFields] = useState<FilterFields>(NO_FILTER);
  // The selection belongs to one source and Region; switching either starts with nothing selected.
  const [selection, setSelection] = useState<{ entry: TrailEntry; source: Source; region: string } | null>(null);
  const selected = selection && selection.source === source && selection.region === region ? selection.entry : null;
  const setSelected = (entry: TrailEntry | null) => setSelection(entry ? { entry, source, region } : null);
  const [integrity, setIntegrity] = useState<IntegrityResult | null>(null);
  const [busy, setBusy] = useState(false);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const parsed = useMemo(() => toFilter(fields), [fields]);
  const filter = useMemo<TrailFilter>(() => (typeof parsed === 'string' ? {} : parsed), [parsed]);
  const now = useCallback(() => kms?.clock.now() ?? Date.now(), [kms]);
  // The live trail is the engine's append-only array, read again whenever its version moves on.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- liveVersion is what says the array grew
  const live = useMemo(() => trailEntries(), [trailEntries, liveVersion, kms]);
  const entries = source.kind === 'file' ? source.log.entries : source.kind === 'tampered' ? source.copy.entries : live;
  const viewRegion = source.kind === 'file' ? null : region;
  // Only the live trail grows; a file or the tampered copy is filtered again only when the filter changes.
  const { outcome, pending } = useFilteredTrail(entries, source.kind === 'live' ? liveVersion : 0, viewRegion, filter, now);
  const rows = useMemo(() => (outcome?.ok ? outcome.entries : []), [outcome]);
  const selectedIndex = useMemo(() => (selected ? rows.indexOf(selected) : -1), [rows, selected]);

  const focusList = () => listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();

  const validate = async () => {
    if (!kms) return;
    const copy = source.kind === 'tampered' ? source.copy : null;
    const checked = copy ? copy.entries : kms.trail.entries();
    setBusy(true);
    setIntegrity({ kind: 'checking', records: checked.length });
    // verify() hashes in slices with pauses between them, so "Validating…" paints and the page
    // keeps answering while a long trail is checked.
    const verdict = await (copy ? kms.trail.verify(copy.entries) : kms.trail.verify());
    setIntegrity({ kind: 'verdict', verdict, culprit: culpritOf(verdict, checked), of: copy ? 'copy' : 'real' });
    setBusy(false);
  };

  const tamper = async () => {
    if (!kms) return;
    const real = kms.trail.entries();
    const inRegion = selected && source.kind === 'live' ? selected : real.findLast((entry) => entry.record.awsRegion === region);
    const target = inRegion ?? real.at(-1);
    if (!target) {
      setIntegrity({ kind: 'unavailable', reason: 'The trail is empty: make a request first (on the Keys or Engine page), then tamper with its record.' });
      return;
    }
    const copy = tamperCopy(real, target.seq);
    if (!copy) return;
    const tampered: Source = { kind: 'tampered', copy };
    setSource(tampered);
    // Show the altered record straight away, its JSON carrying the change.
    const altered = copy.entries.find((entry) => entry.seq === copy.seq);
    setSelection(altered ? { entry: altered, source: tampered, region } : null);
    setBusy(true);
    setIntegrity({ kind: 'checking', records: copy.entries.length });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const verdict = await kms.trail.verify(copy.entries);
    setIntegrity({ kind: 'verdict', verdict, culprit: culpritOf(verdict, copy.entries), of: 'copy' });
    setBusy(false);
  };

  const restore = () => {
    setSource({ kind: 'live' });
    setIntegrity({ kind: 'restored' });
  };

  const count = rows.length;
  const where = viewRegion ?? (source.kind === 'file' ? source.log.regions.join(', ') : region);
  const statusText = !kms
    ? status === 'failed'
      ? 'The engine could not start.'
      : 'Waiting for the engine…'
    : typeof parsed === 'string'
      ? parsed
      : outcome && !outcome.ok
        ? `${outcome.error.name}: ${outcome.error.message}`
        : outcome === null
          ? 'Loading events…'
          : `${countText(count, 'event', 'events')} in ${where || 'the file'}, newest first${pending ? ' (updating…)' : ''}.`;
  const listLabel =
    source.kind === 'file' ? `Events in the imported file ${source.log.fileName}` : source.kind === 'tampered' ? `Events in the tampered copy, ${region}` : `Events in ${region}`;

  return (
    <div className="trail-viewer">
      <div className={`trail-source trail-source--${source.kind}`}>
        {source.kind === 'live' && (
          <p className="trail-source__text">
            <strong>Live trail</strong> — the event history of <strong>{region}</strong>, as KMS records it. Events from the last 90 days
            unless you set a time range.
          </p>
        )}
        {source.kind === 'file' && (
          <>
            <p className="trail-source__text">
              <strong>Imported file:</strong> <code>{source.log.fileName}</code> — {countText(source.log.entries.length, 'record', 'records')}
              {source.log.regions.length > 0 && <> from {source.log.regions.join(', ')}</>}. This is the file&rsquo;s content, not the live trail.
            </p>
            <button type="button" className="button button--secondary button--small" onClick={() => setSource({ kind: 'live' })}>
              Back to the live trail
            </button>
          </>
        )}
        {source.kind === 'tampered' && (
          <>
            <p className="trail-source__text">
              <strong>Tampered copy (demo)</strong> — record {source.copy.seq} was altered in a copy. Your real trail is untouched.
            </p>
            <button type="button" className="button button--secondary button--small" onClick={restore}>
              Restore the real trail
            </button>
          </>
        )}
      </div>

      <FilterBar fields={fields} onChange={setFields} />
      <p className={`trail-count${outcome && !outcome.ok ? ' trail-count--error' : ''}`} role="status">
        {statusText}
      </p>

      <div className="trail-viewer__body">
        <div className="trail-viewer__list" ref={listRef}>
          {count > 0 ? (
            <EventList
              entries={rows}
              selectedIndex={selectedIndex}
              label={listLabel}
              onSelect={(index) => setSelected(rows[index] ?? null)}
              onOpen={() => detailsHeading.current?.focus()}
              alteredSeq={source.kind === 'tampered' ? source.copy.seq : undefined}
            />
          ) : (
            <p className="trail-viewer__empty">
              {kms && outcome?.ok
                ? source.kind === 'live' && live.length === 0
                  ? 'No events yet. Make a request (create a key, encrypt) and it appears here.'
                  : 'No events match this filter.'
                : ''}
            </p>
          )}
        </div>
        <EventDetails
          entry={selected ?? undefined}
          headingRef={detailsHeading}
          onBack={focusList}
          note={
            source.kind === 'file'
              ? `From the imported file ${source.log.fileName}.`
              : source.kind === 'tampered' && selected?.seq === source.copy.seq
                ? 'This is the altered record in the tampered copy.'
                : undefined
          }
        />
      </div>

      <div className="trail-viewer__tools">
        <LogFileControls
          entries={rows}
          accountId={kms?.accountId ?? '111122223333'}
          region={viewRegion ?? region}
          now={now}
          onImported={(log) => setSource({ kind: 'file', log })}
        />
        <IntegrityPanel
          tampered={source.kind === 'tampered' ? source.copy : null}
          viewingFile={source.kind === 'file'}
          busy={busy || !kms}
          result={integrity}
          onValidate={() => void validate()}
          onTamper={() => void tamper()}
          onRestore={restore}
        />
      </div>
    </div>
  );
}
