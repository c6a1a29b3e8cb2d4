import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// Loaded with this page: the terminal view and the CLI it drives.
const TerminalView = lazy(() => import('../../features/terminal/terminal-view'));

export function TerminalPage() {
  const region = useShell((state) => state.region);
  const principal = useShell((state) => state.principal);
  const store = useEngineStore();
  return (
    <div className="page terminal-page">
      <PageHeading>AWS CLI terminal</PageHeading>
      <p className="page-lead">
        Type the <code>aws kms</code> and <code>aws cloudtrail</code> commands from your course material as written. They run against the KMS
        engine in this tab, in the Region and as the identity chosen in the header, and show what the AWS CLI v2 would print.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the terminal…</p>}>
        <TerminalView store={store} region={region} principal={principal} />
      </Suspense>
    </div>
  );
}
