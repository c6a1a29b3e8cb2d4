import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function EmbedPage() {
  return (
    <div className="page embed-page">
      <PageHeading>Embed KMS Lab in your course</PageHeading>
    </div>
  );
}
