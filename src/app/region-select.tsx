import { useId, type ChangeEvent } from 'react';
import { isRegionId, REGIONS } from '../stores/regions';
import { useShell } from './providers';

export function RegionSelect() {
  const id = useId();
  const region = useShell((state) => state.region);
  const setRegion = useShell((state) => state.setRegion);

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const { value } = event.target;
    if (isRegionId(value)) setRegion(value);
  }

  return (
    <div className="region-select">
      <label htmlFor={id}>Region</label>
      <select id={id} value={region} onChange={onChange}>
        {REGIONS.map(({ id: regionId, name }) => (
          <option key={regionId} value={regionId}>
            {name} {regionId}
          </option>
        ))}
      </select>
    </div>
  );
}
