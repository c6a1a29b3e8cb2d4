import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function LearnPage() {
  return (
    <div className="page learn-page">
      <PageHeading>Lessons</PageHeading>
    </div>
  );
}
