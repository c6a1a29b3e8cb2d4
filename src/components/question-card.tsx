import { Fragment, useId } from 'react';
import type { OptionId, Question } from '../content/questions/index';

// One multiple-choice question, as the app's quiz and the embeddable widget both show it. Props in,
// callbacks out: no store, no engine, no page. Its styles live in styles/question-card.css, written to
// work inside a shadow root too (custom properties with fallbacks, stable class names and `part`s).

export interface QuestionCardProps {
  question: Question;
  /** The options chosen, by id. */
  selected: readonly OptionId[];
  onChange: (selected: OptionId[]) => void;
  /** Show the verdict, why each option is right or wrong, the takeaway and the references. */
  reveal?: boolean;
  /** No changes (a checked practice answer, a finished exam). */
  disabled?: boolean;
  /** A line above the stem, e.g. "Question 3 of 10". */
  label?: string;
}

const COUNT_WORDS = ['', 'ONE', 'TWO', 'THREE'] as const;

/** Text with `inline code` in backticks, as the bank writes it. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code key={index} className="question-card__code">
            {part}
          </code>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function QuestionCard({ question, selected, onChange, reveal = false, disabled = false, label }: QuestionCardProps) {
  const id = useId();
  const multiple = question.type === 'multiple';
  const hintId = `${id}-hint`;
  const correctIds = question.options.filter((option) => option.correct).map((option) => option.id);
  const right = selected.length === correctIds.length && correctIds.every((optionId) => selected.includes(optionId));

  const toggle = (optionId: OptionId, checked: boolean) => {
    if (!multiple) {
      onChange([optionId]);
      return;
    }
    const next = checked ? [...selected, optionId] : selected.filter((other) => other !== optionId);
    // Keep option order so the answer reads the same however it was clicked.
    onChange(question.options.map((option) => option.id).filter((other) => next.includes(other)));
  };

  return (
    <fieldset className="question-card" part="question" aria-describedby={multiple ? hintId : undefined}>
      <legend className="question-card__legend" part="stem">
        {label !== undefined && <span className="question-card__label">{label}</span>}
        <span className="question-card__stem">
          <InlineCode text={question.stem} />
        </span>
      </legend>
      {multiple && (
        <p id={hintId} className="question-card__hint" part="hint">
          Select {COUNT_WORDS[question.selectCount]}. {selected.length} of {question.selectCount} chosen.
        </p>
      )}
      <ul className="question-card__options" part="options">
        {question.options.map((option) => {
          const checked = selected.includes(option.id);
          const verdict = option.correct ? 'correct' : 'incorrect';
          const classes = ['question-card__option', checked ? 'question-card__option--selected' : '', reveal ? `question-card__option--${verdict}` : ''].filter(Boolean).join(' ');
          const inputId = `${id}-${option.id}`;
          return (
            <li key={option.id} className={classes} part={`option${checked ? ' option-selected' : ''}${reveal ? ` option-${verdict}` : ''}`}>
              <input
                id={inputId}
                className="question-card__input"
                type={multiple ? 'checkbox' : 'radio'}
                name={id}
                value={option.id}
                checked={checked}
                disabled={disabled}
                aria-describedby={reveal ? `${inputId}-why` : undefined}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <label htmlFor={inputId} className="question-card__option-text">
                <InlineCode text={option.text} />
              </label>
              {reveal && (
                <p id={`${inputId}-why`} className="question-card__explanation" part="explanation">
                  <strong className="question-card__verdict">
                    {option.correct ? 'Correct answer' : 'Wrong answer'}
                    {checked ? ' (your choice)' : ''}:
                  </strong>{' '}
                  <InlineCode text={option.explanation} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {reveal && (
        <div className={`question-card__feedback question-card__feedback--${right ? 'right' : 'wrong'}`} part="feedback">
          <p className="question-card__result">
            <strong>{right ? 'Right.' : 'Not quite.'}</strong> <InlineCode text={question.explanation} />
          </p>
          <p className="question-card__references">
            Read more:{' '}
            {question.references.map((reference, index) => (
              <Fragment key={reference.url}>
                {index > 0 && ', '}
                <a href={reference.url} target="_blank" rel="noopener noreferrer" part="reference">
                  {reference.title}
                </a>
              </Fragment>
            ))}
          </p>
        </div>
      )}
    </fieldset>
  );
}
