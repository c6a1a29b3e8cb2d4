import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function KeysPage() {
  return (
    <div className="page keys-page">
      <PageHeading>Customer managed keys</PageHeading>
    </div>
  );
}
