import { lazy, Suspense } from 'react';

// The catalogue and lesson pages share their chunk with the lesson dock (lessons, goals, checker).
const LearnContent = lazy(() => import('./learn-content'));

// #/learn is the lesson catalogue; #/learn/<lesson-id> is one lesson's page, from which it starts.
export function LearnPage() {
  return (
    <Suspense fallback={<p className="page-loading">Loading the lessons…</p>}>
      <LearnContent />
    </Suspense>
  );
}
