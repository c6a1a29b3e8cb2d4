import { useId, useState, type FormEvent, type Ref } from 'react';
import { TOPIC_LABELS, type Topic } from '../../content/questions/index';
import { newSeed, normalizeSeed, poolFor } from '../../content/quiz/index';
import { bankFor, QUIZ_TOPICS, type QuizSettings } from './bank';

const DEFAULT_COUNT = 10;

/** Choose how the quiz runs: mode, topics, how many items, the seed, and whether simulator tasks are in. */
export function SetupForm({ initial, onStart, headingRef }: { initial?: QuizSettings; onStart: (settings: QuizSettings) => void; headingRef?: Ref<HTMLHeadingElement> }) {
  const id = useId();
  const [mode, setMode] = useState<QuizSettings['mode']>(initial?.mode ?? 'practice');
  const [topics, setTopics] = useState<Topic[]>(initial?.topics ?? []);
  const [count, setCount] = useState(String(initial?.count ?? DEFAULT_COUNT));
  const [seed, setSeed] = useState(() => newSeed());
  const [interactive, setInteractive] = useState(initial?.interactive ?? true);

  const available = poolFor(bankFor({ interactive }), topics).length;
  const parsedCount = Number(count);
  const countValid = Number.isInteger(parsedCount) && parsedCount >= 1 && parsedCount <= available;
  const seedValue = normalizeSeed(seed);

  const toggleTopic = (topic: Topic, on: boolean) => setTopics((current) => (on ? QUIZ_TOPICS.filter((t) => t === topic || current.includes(t)) : current.filter((t) => t !== topic)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!countValid || seedValue === '') return;
    onStart({ mode, topics, count: parsedCount, seed: seedValue, interactive });
  };

  return (
    <form className="quiz-setup quiz-card" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Start a quiz
      </h2>
      <fieldset className="quiz-setup__group">
        <legend>Mode</legend>
        <label className="quiz-setup__choice">
          <input type="radio" name={`${id}-mode`} value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} />
          Practice: check each answer and read why every option is right or wrong
        </label>
        <label className="quiz-setup__choice">
          <input type="radio" name={`${id}-mode`} value="exam" checked={mode === 'exam'} onChange={() => setMode('exam')} />
          Exam: timed (two minutes a question), flag for review, results at the end
        </label>
      </fieldset>

      <fieldset className="quiz-setup__group">
        <legend>Topics</legend>
        <p className="quiz-setup__note" id={`${id}-topics-note`}>
          None ticked means every topic.
        </p>
        <div className="quiz-setup__topics">
          {QUIZ_TOPICS.map((topic) => (
            <label key={topic} className="quiz-setup__choice">
              <input type="checkbox" checked={topics.includes(topic)} onChange={(event) => toggleTopic(topic, event.currentTarget.checked)} />
              {TOPIC_LABELS[topic]}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="quiz-setup__choice">
        <input type="checkbox" checked={interactive} onChange={(event) => setInteractive(event.currentTarget.checked)} />
        Include simulator tasks (answered by acting in the console, terminal or engine page)
      </label>

      <div className="quiz-setup__row">
        <div className="field">
          <label htmlFor={`${id}-count`}>Number of questions</label>
          <input
            id={`${id}-count`}
            type="number"
            inputMode="numeric"
            min={1}
            max={available}
            value={count}
            aria-invalid={!countValid}
            aria-describedby={`${id}-count-note`}
            onChange={(event) => setCount(event.currentTarget.value)}
          />
          <p id={`${id}-count-note`} className={countValid ? 'quiz-setup__note' : 'quiz-setup__note quiz-setup__note--error'}>
            {available === 0 ? 'No questions match these topics.' : countValid ? `${available} match these topics.` : `Choose 1 to ${available}.`}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-seed`}>Seed</label>
          <div className="quiz-setup__seed">
            <input id={`${id}-seed`} value={seed} maxLength={32} spellCheck={false} autoComplete="off" aria-describedby={`${id}-seed-note`} onChange={(event) => setSeed(event.currentTarget.value)} />
            <button type="button" className="button button--secondary" onClick={() => setSeed(newSeed())}>
              New seed
            </button>
          </div>
          <p id={`${id}-seed-note`} className={seedValue === '' ? 'quiz-setup__note quiz-setup__note--error' : 'quiz-setup__note'}>
            {seedValue === '' ? 'Enter a seed.' : 'The same seed, topics and number give the same questions in the same order.'}
          </p>
        </div>
      </div>

      <button type="submit" className="button button--primary" disabled={!countValid || seedValue === ''}>
        Start {mode === 'exam' ? 'exam' : 'practice'}
      </button>
    </form>
  );
}
