// The widget bundle's entry (dist/embed/kms-quiz.js) and the app's way in: loading this module
// defines <kms-quiz> once.
import { defineKmsQuiz } from './element';

defineKmsQuiz();

export { defineKmsQuiz, KmsQuizElement, READY_EVENT, STATEMENT_EVENT } from './element';
export type { StatementEventDetail } from './element';
export type { InboundMessage, OutboundMessage } from './messages';
export type { XapiStatement } from './statements';
