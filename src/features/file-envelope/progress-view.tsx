import type { EnvelopeProgress } from '../../envelope/index';
import { formatBytes } from '../../flows/index';

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** Bytes, throughput and time left, from the envelope layer's throttled progress reports. */
export function progressWords(progress: EnvelopeProgress): string {
  const { bytesDone, bytesTotal, elapsedMs } = progress;
  const perSecond = elapsedMs > 0 ? (bytesDone * 1000) / elapsedMs : 0;
  const left = perSecond > 0 ? ((bytesTotal - bytesDone) * 1000) / perSecond : undefined;
  const rate = perSecond > 0 ? ` · ${formatBytes(perSecond)}/s` : '';
  const eta = left === undefined || bytesDone >= bytesTotal ? '' : ` · ${seconds(left)} left`;
  return `${formatBytes(bytesDone)} of ${formatBytes(bytesTotal)}${rate}${eta}`;
}

export function ProgressView({ label, progress, onCancel }: { label: string; progress: EnvelopeProgress; onCancel: () => void }) {
  const percent = progress.bytesTotal === 0 ? 100 : Math.round((progress.bytesDone / progress.bytesTotal) * 100);
  return (
    <div className="file-progress">
      <div className="file-progress__row">
        <label className="file-progress__label">
          {label}
          <progress max={100} value={percent} aria-valuetext={`${percent}%: ${progressWords(progress)}`}>
            {percent}%
          </progress>
        </label>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="file-progress__words">{progressWords(progress)}</p>
    </div>
  );
}
