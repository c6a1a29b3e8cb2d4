import { useEffect, useId, useRef, useState } from 'react';
import { useClusterState, useEngine } from '../cluster-context';
import { LoadChart } from './load-chart';
import { DEFAULT_LOAD, LoadForm, type LoadFormValues } from './load-form';
import { startLoad, type GenerateOutcome, type LoadPlan, type LoadProgress, type LoadRun } from './load-run';
import { summarize, totals } from './load-summary';

const count = new Intl.NumberFormat('en-US');
/** How often the chart and counters catch up with the run: often enough to look live, rarely enough to stay cheap. */
const REFRESH_MS = 250;

function planOf(values: LoadFormValues): LoadPlan | string {
  const perSecond = Number(values.perSecond);
  const seconds = Number(values.seconds);
  if (!Number.isInteger(perSecond) || perSecond < 1 || perSecond > 1000) return 'Requests per second is a whole number from 1 to 1,000.';
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 60) return 'The duration is a whole number of seconds from 1 to 60.';
  if (!values.cache) return { perSecond, seconds, cache: null };
  const maxMessages = Number(values.maxMessages);
  const maxAgeMs = Number(values.maxAgeSeconds) * 1000;
  if (!Number.isInteger(maxMessages) || maxMessages < 1) return 'The cache reuses a data key for a whole number of messages, at least 1.';
  if (!(maxAgeMs > 0)) return 'The cache keeps a data key for a positive number of seconds.';
  return { perSecond, seconds, cache: { maxMessages, maxAgeMs } };
}

interface LoadGeneratorProps {
  region: string;
  labKey: string | undefined;
  onKeyCreated: (region: string, keyId: string) => void;
}

/** "N GenerateDataKey per second for T seconds", with or without a data-key cache, charted live. */
export function LoadGenerator({ region, labKey, onKeyCreated }: LoadGeneratorProps) {
  const titleId = useId();
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  const quota = useClusterState((state) => state.quotas[region]?.symmetric);
  const [values, setValues] = useState(DEFAULT_LOAD);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [ranIn, setRanIn] = useState(region);
  const [announcement, setAnnouncement] = useState('');
  const run = useRef<LoadRun | null>(null);
  // Starting covers the CreateKey a first run may need, so a second press cannot start a second run.
  const [starting, setStarting] = useState(false);
  const running = starting || (progress?.running ?? false);

  // Leaving the page stops the load: nobody is watching it.
  useEffect(() => () => run.current?.stop(), []);

  async function start() {
    const plan = planOf(values);
    if (typeof plan === 'string') return setAnnouncement(plan);
    const target = region;
    let keyId = labKey;
    if (!keyId) {
      setStarting(true);
      setAnnouncement(`Creating a key in ${target} for the load…`);
      const created = await call('CreateKey', { Description: 'Cluster view load key' }, { region: target });
      setStarting(false);
      if (!created.ok) return setAnnouncement(`Could not create a key for the load: ${created.error.name}. ${created.error.message}`);
      keyId = (created.output.KeyMetadata as { KeyId: string }).KeyId;
      onKeyCreated(target, keyId);
    }
    const generate = async (): Promise<GenerateOutcome> => {
      const result = await call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, { region: target });
      if (!result.ok) return { ok: false, ...result.error };
      return { ok: true, key: { plaintext: result.output.Plaintext as Uint8Array, ciphertextBlob: result.output.CiphertextBlob as Uint8Array } };
    };
    const current = startLoad(plan, generate);
    run.current = current;
    setRanIn(target);
    setAnnouncement(`Sending ${count.format(plan.perSecond)} GenerateDataKey per second for ${plan.seconds} s to ${target}${plan.cache ? ' through a data-key cache' : ''}.`);
    setProgress(current.progress());
    const timer = setInterval(() => setProgress(current.progress()), REFRESH_MS);
    const final = await current.done;
    clearInterval(timer);
    if (run.current !== current) return;
    setProgress(final);
    setAnnouncement(summarize(final, target, plan.cache !== null));
  }

  const sum = progress ? totals(progress.seconds) : null;
  return (
    <section className="panel-card load" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-card__title">
        Load generator
      </h2>
      <p className="panel-card__hint">
        Real GenerateDataKey calls on a real clock, against the Region&rsquo;s quota of{' '}
        <strong>{quota === undefined ? '…' : `${count.format(quota)} per second`}</strong>. Lower the quota to 10/s to see throttling
        at human speed, then turn on the cache and run again.
      </p>
      <LoadForm values={values} onChange={setValues} disabled={running} />
      {/* aria-disabled, not disabled: the button just pressed keeps keyboard focus while the run goes on. */}
      <div className="load__actions">
        <button
          type="button"
          className="button button--primary button--small"
          aria-disabled={!ready || running || undefined}
          onClick={() => {
            if (ready && !running) void start();
          }}
        >
          Start load
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-disabled={!progress?.running || undefined}
          onClick={() => run.current?.stop()}
        >
          Stop
        </button>
      </div>
      <div role="status" className="load__announcement">
        {announcement && <p>{announcement}</p>}
      </div>
      {progress && sum && (
        <>
          <ul className="load__totals" aria-label={`Load in ${ranIn} so far`}>
            <li>
              Sent <strong>{count.format(progress.sent)}</strong> of {count.format(progress.total)}
            </li>
            <li className="load__total load__total--accepted">
              Accepted <strong>{count.format(sum.accepted)}</strong>
            </li>
            <li className="load__total load__total--throttled">
              Throttled <strong>{count.format(sum.throttled)}</strong>
            </li>
            <li className="load__total load__total--cached">
              From cache <strong>{count.format(sum.cached)}</strong>
            </li>
            {sum.failed > 0 && (
              <li className="load__total load__total--failed">
                Failed <strong>{count.format(sum.failed)}</strong>
              </li>
            )}
          </ul>
          <LoadChart progress={progress} quota={quota} />
        </>
      )}
    </section>
  );
}
