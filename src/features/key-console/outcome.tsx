import type { ReactNode } from 'react';
import type { CallError } from '../../stores/engine-store';
import { explainException } from '../../content/exceptions';

/** What the last action of a form came to. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'working'; text: string }
  | { kind: 'success'; text: ReactNode }
  | { kind: 'error'; error: CallError; action?: string };

/**
 * A live region that is always in the page (one added together with its text is not reliably read
 * out), so each result or AWS exception is announced when it arrives.
 */
export function OutcomeStatus({ outcome, className }: { outcome: Outcome; className?: string }) {
  return (
    <div role="status" className={`outcome outcome--${outcome.kind}${className ? ` ${className}` : ''}`}>
      {(outcome.kind === 'working' || outcome.kind === 'success') && <p>{outcome.text}</p>}
      {outcome.kind === 'error' && (
        <>
          <p>
            {outcome.action && <>{outcome.action} failed: </>}
            <strong className="outcome__name">{outcome.error.name}</strong> — {explainException(outcome.error.name)}
          </p>
          <p className="outcome__message">
            <span className="visually-hidden">AWS message: </span>
            {outcome.error.message}
          </p>
          {outcome.error.detail && <p className="outcome__message">{outcome.error.detail}</p>}
        </>
      )}
    </div>
  );
}
