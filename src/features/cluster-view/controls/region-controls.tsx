import { useRegionHealth } from '../cluster-context';
import { regionStatus } from '../az-status';
import { ActionButton } from './action-button';
import { useFault } from './use-fault';

/** Fail and restore the whole selected Region, or put every AZ of it back as it was. */
export function RegionControls({ region, azs }: { region: string; azs: readonly string[] }) {
  const health = useRegionHealth(region);
  const fault = useFault();
  if (!health) return null;
  const status = regionStatus(health);
  const pristine = health.state === 'up' && health.azs.every((az) => az.state === 'up' && az.latencyMs === 0 && az.serving);

  function restore() {
    fault(region, (simulation) => {
      if (health!.state !== 'up') simulation.setRegion(region, 'up');
      for (const az of health!.azs) {
        if (az.state !== 'up') simulation.setAz(az.az, 'up');
        if (az.latencyMs !== 0) simulation.setLatency(az.az, 0);
      }
    });
  }

  return (
    <fieldset className="control-group control-group--region">
      <legend>Region {region}</legend>
      <p className={`control-group__status control-group__status--${status.condition}`}>{status.label}</p>
      <div className="control-group__buttons">
        <ActionButton unavailable={health.state === 'down'} onPress={() => fault(region, (s) => s.setRegion(region, 'down'))}>
          Take Region down
        </ActionButton>
        <ActionButton unavailable={health.state === 'up'} onPress={() => fault(region, (s) => s.setRegion(region, 'up'))}>
          Bring Region up
        </ActionButton>
        <ActionButton unavailable={pristine} onPress={restore}>
          Restore all {azs.length} AZs
        </ActionButton>
      </div>
    </fieldset>
  );
}
