import { formatCount, type BurstSummary } from '../../flows/index';

/** A burst in numbers: what went in, where it was served, what came back. */
export function BurstSummaryView({ burst }: { burst: BurstSummary }) {
  const refused = Object.entries(burst.failedByName);
  return (
    <dl className="burst-summary">
      <div>
        <dt>Requests</dt>
        <dd>
          {formatCount(burst.requests)} {burst.operation} in {formatCount(Math.round(burst.spanMs))} ms (about {formatCount(Math.round(burst.perSecond))}/s)
        </dd>
      </div>
      <div>
        <dt>Succeeded</dt>
        <dd>{formatCount(burst.succeeded)}</dd>
      </div>
      <div>
        <dt>Refused</dt>
        <dd>{refused.length === 0 ? 'none' : refused.map(([name, n]) => `${formatCount(n)} ${name}`).join(', ')}</dd>
      </div>
      <div>
        <dt>Served by</dt>
        <dd>
          {Object.entries(burst.servedByAz)
            .sort()
            .map(([az, n]) => `${az}: ${formatCount(n)}`)
            .join(' · ')}
        </dd>
      </div>
    </dl>
  );
}
