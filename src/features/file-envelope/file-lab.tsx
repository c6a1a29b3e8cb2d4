import type { EngineStore } from '../../stores/engine-store';
import { Journey } from './journey';
import { OpenPanel } from './open-panel';
import { SealPanel } from './seal-panel';
import { EngineStoreContext, useEngine } from '../../stores/engine-context';
import { useFileLab } from './use-file-lab';
import '../../styles/file-envelope.css';

/**
 * Envelope encryption of real files: one data key from KMS per file, frames sealed with AES-256-GCM
 * in this tab, the plaintext key wiped at once, and the encrypted key packed beside the data.
 */
export default function FileLab({ store, region }: { store: EngineStore; region: string }) {
  return (
    <EngineStoreContext value={store}>
      <LabBody region={region} />
    </EngineStoreContext>
  );
}

function LabBody({ region }: { region: string }) {
  const ready = useEngine((state) => state.status === 'ready');
  const azs = useEngine((state) => state.kms?.regions.find((r) => r.name === region)?.azs);
  const lab = useFileLab(region);
  return (
    <div className="file-lab">
      <div className="file-lab__panels">
        <SealPanel lab={lab} region={region} ready={ready} />
        <OpenPanel lab={lab} ready={ready} />
      </div>
      <Journey journey={lab.journey} region={region} azs={azs} />
    </div>
  );
}
