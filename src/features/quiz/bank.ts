// The app quiz asks from the whole bank, simulator tasks included: the app has the simulator beside it.

import { INTERACTIVE_QUESTIONS, QUESTIONS, TOPICS, type Topic } from '../../content/questions/index';
import { topicsIn, type QuizBank } from '../../content/quiz/index';

export const FULL_BANK: QuizBank = { questions: QUESTIONS, interactive: INTERACTIVE_QUESTIONS };
export const CHOICE_BANK: QuizBank = { questions: QUESTIONS };

export const QUIZ_TOPICS: readonly Topic[] = topicsIn(FULL_BANK, TOPICS);

export interface QuizSettings {
  mode: 'practice' | 'exam';
  seed: string;
  topics: Topic[];
  count: number;
  /** Include tasks answered by acting in the simulator. */
  interactive: boolean;
}

export const bankFor = (settings: Pick<QuizSettings, 'interactive'>): QuizBank => (settings.interactive ? FULL_BANK : CHOICE_BANK);
