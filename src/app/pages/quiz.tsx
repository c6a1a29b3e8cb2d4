import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// Loaded with this page: the quiz, the question bank and the goal checker for simulator tasks.
const QuizApp = lazy(() => import('../../features/quiz/quiz-app'));

export function QuizPage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page quiz-page">
      <PageHeading>Practice questions</PageHeading>
      <p className="page-lead">
        Questions in the style of the AWS Certified Solutions Architect – Associate exam, each option explained, and tasks you answer by
        acting in the simulator, graded against the live engine. Practice with instant feedback, or sit a timed exam.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the quiz…</p>}>
        <QuizApp store={store} region={region} />
      </Suspense>
    </div>
  );
}
