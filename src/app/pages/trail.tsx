import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// Loaded with this page: the event history, its virtualized list and the log file tools.
const TrailViewer = lazy(() => import('../../features/trail-viewer/trail-viewer'));

export function TrailPage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page trail-page">
      <PageHeading>Event history</PageHeading>
      <p className="page-lead">
        Every request to KMS writes a CloudTrail record: who called, what they asked for, which key, and whether it worked. This is the
        console&rsquo;s event history for the Region you chose, read from the live engine: filter it, open any record&rsquo;s JSON, download or
        import log files, and check that no record was altered.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the event history…</p>}>
        <TrailViewer store={store} region={region} />
      </Suspense>
    </div>
  );
}
