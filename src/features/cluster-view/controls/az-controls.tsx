import { useId, useState, type FormEvent } from 'react';
import { azStatus } from '../az-status';
import { findAz, useRegionHealth } from '../cluster-context';
import { ActionButton } from './action-button';
import { useFault } from './use-fault';

/** Fail and restore one AZ: a fieldset named after the AZ, so each button reads "us-east-1a, Take down". */
export function AzControls({ region, az }: { region: string; az: string }) {
  const ids = { latency: useId(), status: useId() };
  const health = useRegionHealth(region);
  const zone = findAz(health, az);
  const fault = useFault();
  const [latency, setLatency] = useState('200');
  if (!health || !zone) return null;
  const status = azStatus(health, zone);

  function setLatencyMs(event: FormEvent) {
    event.preventDefault();
    fault(region, (simulation) => simulation.setLatency(az, latency.trim() === '' ? Number.NaN : Number(latency)));
  }

  return (
    <fieldset className="control-group" aria-describedby={ids.status}>
      <legend>{az}</legend>
      <p id={ids.status} className={`control-group__status control-group__status--${status.condition}`}>
        {status.label}
        {zone.latencyMs > 0 && `, +${zone.latencyMs} ms`}
      </p>
      <div className="control-group__buttons">
        <ActionButton unavailable={zone.state === 'down'} onPress={() => fault(region, (s) => s.setAz(az, 'down'))}>
          Take down
        </ActionButton>
        <ActionButton unavailable={zone.state === 'partitioned'} onPress={() => fault(region, (s) => s.setAz(az, 'partitioned'))}>
          Partition
        </ActionButton>
        <ActionButton unavailable={zone.state === 'up'} onPress={() => fault(region, (s) => s.setAz(az, 'up'))}>
          Bring up
        </ActionButton>
        <ActionButton tone="danger" unavailable={zone.destroyed} onPress={() => fault(region, (s) => s.destroyReplica(az))}>
          Destroy replica
        </ActionButton>
      </div>
      <form className="inline-form" noValidate onSubmit={setLatencyMs}>
        <label htmlFor={ids.latency}>Added latency (ms)</label>
        <div className="inline-form__row">
          <input id={ids.latency} type="number" inputMode="numeric" min={0} step={1} value={latency} onChange={(event) => setLatency(event.target.value)} />
          <button type="submit" className="button button--secondary button--small">
            Set latency
          </button>
        </div>
      </form>
    </fieldset>
  );
}
