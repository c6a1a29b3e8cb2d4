// Scaffold for issue #7's lesson player: the lesson in progress, docked beside whatever page the
// learner works in (console, terminal, flows), so its goals tick as they act.

export function LessonDock() {
  return null;
}
