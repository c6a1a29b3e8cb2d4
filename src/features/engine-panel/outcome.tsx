import type { ReactNode } from 'react';
import { explainException } from '../../content/exceptions';

/** What the last action of a card came to, in words. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'working'; text: string }
  | { kind: 'success'; text: ReactNode }
  | { kind: 'error'; name: string; message: string }
  /** Input the panel could not even turn into a request (nothing was sent to KMS). */
  | { kind: 'invalid'; text: string };

/**
 * A polite live region that is always in the page (a region added together with its text is not
 * reliably announced), so each result or error is read out when it arrives.
 */
export function OutcomeStatus({ outcome }: { outcome: Outcome }) {
  return (
    <div role="status" className={`outcome outcome--${outcome.kind}`}>
      {outcome.kind === 'working' && <p>{outcome.text}</p>}
      {outcome.kind === 'success' && <p>{outcome.text}</p>}
      {outcome.kind === 'invalid' && <p>{outcome.text}</p>}
      {outcome.kind === 'error' && (
        <>
          <p>
            <strong className="outcome__name">{outcome.name}</strong> — {explainException(outcome.name)}
          </p>
          <p className="outcome__message">
            <span className="visually-hidden">AWS message: </span>
            {outcome.message}
          </p>
        </>
      )}
    </div>
  );
}
