// Scaffold for issue #7's iframe route: the quiz widget alone, sized to its content, for hosts that
// embed KMS Lab with an <iframe> instead of the <kms-quiz> custom element.

export function isEmbedFramePath(path: string): boolean {
  return path === '/embed/quiz';
}

export function EmbedQuizFrame() {
  return <main>Quiz widget</main>;
}
