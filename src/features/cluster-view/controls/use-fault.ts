import { useCallback } from 'react';
import type { Simulation } from '../../../engine/index';
import { useCluster } from '../cluster-context';

/**
 * Runs one fault-injection call. The engine narrates what it did through its cluster.changed event;
 * what it refuses (destroying a Region's last current replica, a negative latency) it throws as a
 * RangeError, which is shown in the narration in words instead of reaching the console.
 */
export function useFault(): (region: string, act: (simulation: Simulation) => void) => void {
  const { kms, monitor } = useCluster();
  return useCallback(
    (region, act) => {
      try {
        act(kms.simulation);
      } catch (error) {
        monitor.note(region, `Refused: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [kms, monitor],
  );
}
