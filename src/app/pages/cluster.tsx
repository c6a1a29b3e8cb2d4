import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// The cluster view brings @xyflow/react with it: loaded with this page, not with the app.
const ClusterView = lazy(() => import('../../features/cluster-view/cluster-view'));

export function ClusterPage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page cluster-page">
      <PageHeading>Regions and Availability Zones</PageHeading>
      <p className="cluster-page__lead">
        KMS keeps every key in at least three Availability Zones of its Region, and a key never leaves its Region. Break AZs,
        partition them, destroy a replica or lower the request quota, and watch what still works. The Region you pick in the header
        is shown large; the others carry on untouched, because faults in one Region never affect another.
      </p>
      <Suspense fallback={<p className="cluster-starting">Loading the cluster view…</p>}>
        <ClusterView store={store} region={region} />
      </Suspense>
    </div>
  );
}
