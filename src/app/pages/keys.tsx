import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';
import { useRoutePath } from '../router';
import { subPath } from '../routes';

// The key console (and, inside it, CodeMirror for the key policy tab) loads with this page, not with
// the app.
const KeyConsole = lazy(() => import('../../features/key-console/key-console'));

function headingFor(sub: string): string {
  if (sub === '') return 'Customer managed keys';
  if (sub === 'create') return 'Create key';
  return `Key ${decodeURIComponent(sub)}`;
}

export function KeysPage() {
  const region = useShell((state) => state.region);
  const principal = useShell((state) => state.principal);
  const store = useEngineStore();
  const sub = subPath('/keys', useRoutePath());
  return (
    <div className="page keys-page">
      {sub !== '' && (
        <nav aria-label="Breadcrumb" className="keys-page__crumbs">
          <a href="#/keys">Customer managed keys</a>
        </nav>
      )}
      <PageHeading>{headingFor(sub)}</PageHeading>
      <Suspense fallback={<p className="page-loading">Loading the key console…</p>}>
        <KeyConsole store={store} region={region} principal={principal} subPath={sub} />
      </Suspense>
    </div>
  );
}
