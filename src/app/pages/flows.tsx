import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// The flow canvas brings @xyflow/react with it: loaded with this page, not with the app (the chunk
// of @xyflow/react itself is shared with the other pages that draw graphs).
const FlowLab = lazy(() => import('../../features/flow-canvas/flow-lab'));

export function FlowsPage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page flows-page">
      <PageHeading>Watch KMS work</PageHeading>
      <p className="page-lead">
        Run a request for real against the KMS engine in this tab, then step through what happened: every arrow is an event the
        engine reported for your request, in its order. Try envelope encryption to see the plaintext data key arrive, do its job
        and get wiped, or send 4,097 bytes to Encrypt to see where KMS says no.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the flow canvas…</p>}>
        <FlowLab store={store} region={region} />
      </Suspense>
    </div>
  );
}
