import { lazy, Suspense } from 'react';

// The lesson dock sits on every page, but the lessons, their goals and the checker are not needed for
// the first paint: they load as their own chunk right after it. Until then there is no lesson to show.
const LessonDockLive = lazy(() => import('./lesson-dock-live'));

export function LessonDock() {
  return (
    <Suspense fallback={null}>
      <LessonDockLive />
    </Suspense>
  );
}
