import { useEngine } from '../../stores/engine-context';

/** What is running, read from the engine itself: its state, storage and the Region's zones. */
export function EngineFacts({ region }: { region: string }) {
  const status = useEngine((state) => state.status);
  const failure = useEngine((state) => state.failure);
  const storageKind = useEngine((state) => state.kms?.storageKind);
  const azs = useEngine((state) => state.kms?.regions.find((r) => r.name === region)?.azs);

  const statusText =
    status === 'ready' ? 'Engine running' : status === 'failed' ? 'Engine failed to start' : 'Starting the engine…';
  return (
    <div className="engine-facts">
      <ul aria-label="Engine status">
        <li className={`engine-facts__status engine-facts__status--${status}`}>{statusText}</li>
        <li>
          HSM: <strong>Web Worker</strong>
        </li>
        {storageKind && (
          <li>
            Storage: <strong>{storageKind === 'indexeddb' ? 'IndexedDB' : 'memory'}</strong>
            {storageKind === 'indexeddb' && ' (survives a reload)'}
          </li>
        )}
        {azs && (
          <li>
            {region}: <strong>{azs.length} HSMs</strong>, one per Availability Zone
          </li>
        )}
      </ul>
      {failure && (
        <p className="engine-facts__failure" role="alert">
          The engine could not start: {failure}
        </p>
      )}
    </div>
  );
}
