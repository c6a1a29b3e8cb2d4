import { formatCount } from '../../flows/index';
import { DEMO_QUOTA, type Faults } from './use-faults';

/** Small, clearly labelled fault switches for a live demo: this Region only. */
export function FaultControls({ faults, region }: { faults: Faults; region: string }) {
  if (!faults.available || !faults.health) return null;
  return (
    <div className="fault-controls" role="group" aria-label={`Simulated faults in ${region}`}>
      <p className="fault-controls__title">Simulated faults · {region}</p>
      <div className="fault-controls__buttons">
        {faults.health.azs.map((az) => (
          <button key={az.az} type="button" className={`button button--small fault-button${az.state === 'up' ? '' : ' fault-button--down'}`} onClick={() => faults.setAz(az.az, az.state !== 'up')}>
            {az.state === 'up' ? `Take ${az.az} down` : `Bring ${az.az} up`}
          </button>
        ))}
        {faults.lowered ? (
          <button type="button" className="button button--small fault-button fault-button--down" onClick={faults.restoreQuota}>
            Restore the quota
          </button>
        ) : (
          <button type="button" className="button button--small fault-button" onClick={faults.lowerQuota}>
            Lower the quota to {DEMO_QUOTA}/s
          </button>
        )}
      </div>
      <p className="fault-controls__state">
        {faults.health.azs.filter((az) => az.serving).length} of {faults.health.azs.length} AZs serving · quota {faults.quota === null ? '—' : `${formatCount(faults.quota)}/s`}
      </p>
    </div>
  );
}
