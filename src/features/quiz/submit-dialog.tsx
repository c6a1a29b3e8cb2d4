import { useEffect, useId, useRef } from 'react';

/** A modal confirmation (native <dialog>: focus is trapped and Escape cancels). */
export function SubmitDialog({ exam, unanswered, flagged, onConfirm, onCancel }: { exam: boolean; unanswered: number; flagged: number; onConfirm: () => void; onCancel: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const what = exam ? 'exam' : 'practice';
  return (
    <dialog
      ref={dialog}
      className="quiz-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{exam ? 'Submit the exam?' : 'Finish practice?'}</h2>
      <p id={`${id}-body`}>
        {unanswered === 0 ? 'Every question has an answer.' : `${unanswered} ${unanswered === 1 ? 'question has' : 'questions have'} no answer yet.`}
        {exam && flagged > 0 && ` ${flagged} ${flagged === 1 ? 'question is' : 'questions are'} flagged for review.`} Answers cannot be changed after this.
      </p>
      <div className="quiz-dialog__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {exam ? 'Submit exam' : 'Finish practice'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Keep working
        </button>
      </div>
      <p className="visually-hidden">Press Escape to go back to the {what}.</p>
    </dialog>
  );
}
