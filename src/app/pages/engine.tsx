import { PageHeading } from '../../components/page-heading';
import { EnginePanel } from '../../features/engine-panel/engine-panel';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

export function EnginePage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page engine-page">
      <PageHeading>Engine</PageHeading>
      <p className="engine-page__lead">
        A real KMS engine runs in this tab, and everything below comes from real requests to it. Its HSM runs in a separate Web
        Worker: key material is made there and never leaves it; the engine keeps only tokens wrapped under each Region&rsquo;s
        domain key.
      </p>
      <EnginePanel store={store} region={region} />
    </div>
  );
}
