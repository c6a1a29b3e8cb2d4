import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function TerminalPage() {
  return (
    <div className="page terminal-page">
      <PageHeading>AWS CLI terminal</PageHeading>
    </div>
  );
}
