import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function SimulatorPage() {
  return (
    <div className="page simulator-page">
      <PageHeading>Simulator state</PageHeading>
    </div>
  );
}
