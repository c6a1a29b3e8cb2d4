// The quiz core's public face: selection, the session reducer and scoring, shared by the app's quiz
// page and the embeddable widget. Plain TypeScript, no React.

export { newSeed, normalizeSeed, seededRandom, shuffle } from './random';
export { matchesTopics, poolFor, selectItems, topicsIn } from './select';
export type { QuizBank, QuizItem, SelectOptions } from './select';
export { correctOptionIds, feedbackFor, isAnswered, isChoiceCorrect, isItemCorrect, scoreQuiz } from './score';
export type { Answer, ItemResult, OptionFeedback, QuizScore, TopicScore } from './score';
export { checkedVerdict, EXAM_MS_PER_ITEM, isLocked, itemById, quizReducer, remainingMs, sessionScore, startSession } from './session';
export type { QuizAction, QuizMode, QuizSession, StartOptions } from './session';
