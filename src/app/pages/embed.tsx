import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';

// Loaded with this page only: the widget, its question bank and the snippet builder.
const EmbedStudio = lazy(() => import('../../widgets/kms-quiz/embed-studio'));

export function EmbedPage() {
  return (
    <div className="page embed-page">
      <PageHeading>Embed KMS Lab in your course</PageHeading>
      <p className="page-lead">
        Put a short KMS quiz on your own course page. Learners answer with instant explanations, and your page receives each answer and
        the final score as xAPI-shaped statements, sent only to the origin you name and carrying nothing about the learner.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the widget…</p>}>
        <EmbedStudio />
      </Suspense>
    </div>
  );
}
