import { PageHeading } from '../../components/page-heading';

// Scaffold: replaced by the section's feature (see the open issue) in this session.
export function QuizPage() {
  return (
    <div className="page quiz-page">
      <PageHeading>Practice questions</PageHeading>
    </div>
  );
}
