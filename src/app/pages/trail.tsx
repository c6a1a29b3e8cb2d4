import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function TrailPage() {
  return (
    <div className="page trail-page">
      <PageHeading>Event history</PageHeading>
    </div>
  );
}
