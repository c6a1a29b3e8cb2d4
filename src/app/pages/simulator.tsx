import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';

// The file schema (valibot) comes with this page, not with the app.
const SimulatorState = lazy(() => import('../../features/simulator/simulator-state'));

export function SimulatorPage() {
  const store = useEngineStore();
  return (
    <div className="page simulator-page">
      <PageHeading>Simulator state</PageHeading>
      <p className="page-lead">
        Everything you do in KMS Lab is kept in this browser (IndexedDB) and survives a reload. Here you can save it all to a file,
        bring a saved file back, or start again from nothing. The simulated clock in the header is part of it.
      </p>
      <Suspense fallback={<p className="page-loading">Loading…</p>}>
        <SimulatorState store={store} />
      </Suspense>
    </div>
  );
}
