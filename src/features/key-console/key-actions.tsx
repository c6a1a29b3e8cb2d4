import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useCall } from './console-env';
import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { timeLeft } from './countdown';
import { OutcomeStatus, type Outcome } from './outcome';
import type { KeyMetadata } from './use-key';

const MIN_WINDOW = 7;
const MAX_WINDOW = 30;

/** Disable, enable, schedule deletion (with the console's confirmation) and cancel deletion. */
export function KeyActions({ metadata, now }: { metadata: KeyMetadata; now: number }) {
  const call = useCall();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const dialog = useRef<HTMLDialogElement>(null);
  const buttons = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const state = metadata.KeyState;
  const customer = metadata.KeyManager !== 'AWS';

  // Disable becomes Enable, Schedule becomes Cancel: the pressed button leaves the page when the new
  // state arrives. Focus goes to the first action then, instead of falling back to the document.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) buttons.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [state]);

  async function act(operation: string, input: Record<string, unknown>, done: string) {
    setOutcome({ kind: 'working', text: `${operation}…` });
    refocus.current = true;
    const outcome = await call(operation, { KeyId: metadata.KeyId, ...input });
    setOutcome(outcome.ok ? { kind: 'success', text: done } : { kind: 'error', error: outcome.error, action: operation });
    return outcome.ok;
  }

  return (
    <section className="key-actions" aria-label="Key actions">
      {state === 'PendingDeletion' && metadata.DeletionDate && (
        <div className="deletion-banner" role="note">
          <p>
            <strong>This key is scheduled for deletion</strong> on {formatDate(metadata.DeletionDate.getTime())} —{' '}
            <span className="deletion-banner__countdown">{timeLeft(metadata.DeletionDate.getTime(), now)}</span> on the simulation clock.
          </p>
          <p>
            Until then KMS refuses to use it. When the date comes, KMS deletes the key and its key material for good: every ciphertext
            made under it can never be decrypted again. Cancel the deletion to keep it.
          </p>
        </div>
      )}
      {customer && (
        <div className="key-actions__buttons" ref={buttons}>
          {state === 'Enabled' && (
            <button type="button" className="button" onClick={() => void act('DisableKey', {}, 'Disabled the key. KMS now refuses to use it for cryptography.')}>
              Disable key
            </button>
          )}
          {state === 'Disabled' && (
            <button type="button" className="button" onClick={() => void act('EnableKey', {}, 'Enabled the key.')}>
              Enable key
            </button>
          )}
          {state === 'PendingDeletion' ? (
            <button
              type="button"
              className="button"
              onClick={() => void act('CancelKeyDeletion', {}, 'Cancelled the key deletion. The key is now Disabled, as KMS leaves it: enable it to use it again.')}
            >
              Cancel key deletion
            </button>
          ) : (
            <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
              Schedule key deletion
            </button>
          )}
        </div>
      )}
      {!customer && <p className="field__note">AWS managed keys are managed by the AWS service that uses them: they cannot be disabled or deleted.</p>}
      <OutcomeStatus outcome={outcome} />
      <ScheduleDeletionDialog
        dialog={dialog}
        metadata={metadata}
        now={now}
        onSchedule={(days) => act('ScheduleKeyDeletion', { PendingWindowInDays: days }, `Scheduled the key for deletion after ${days} days.`)}
      />
    </section>
  );
}

interface DialogProps {
  dialog: RefObject<HTMLDialogElement | null>;
  metadata: KeyMetadata;
  now: number;
  onSchedule: (days: number) => Promise<boolean>;
}

/** The console's deletion dialog: a waiting period of 7–30 days and a confirmation box to tick. */
function ScheduleDeletionDialog({ dialog, metadata, now, onSchedule }: DialogProps) {
  const ids = { title: useId(), days: useId(), daysNote: useId(), confirm: useId() };
  const [daysText, setDaysText] = useState(String(MAX_WINDOW));
  const [confirmed, setConfirmed] = useState(false);
  const days = Number(daysText);
  const valid = Number.isInteger(days) && days >= MIN_WINDOW && days <= MAX_WINDOW;

  function close() {
    dialog.current?.close();
    setConfirmed(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || !confirmed) return;
    close();
    await onSchedule(days);
  }

  return (
    <dialog ref={dialog} className="console-dialog" aria-labelledby={ids.title} onClose={() => setConfirmed(false)}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id={ids.title}>Schedule key deletion</h2>
        <p>
          Deleting a KMS key is destructive and cannot be undone after the waiting period: all data encrypted under it becomes
          unrecoverable. During the waiting period the key cannot be used, and you can cancel the deletion. If you are not sure, disable
          the key instead.
        </p>
        <p className="facts__code">{metadata.Arn}</p>
        <div className="field">
          <label htmlFor={ids.days}>Waiting period (in days)</label>
          <input
            id={ids.days}
            type="number"
            inputMode="numeric"
            min={MIN_WINDOW}
            max={MAX_WINDOW}
            value={daysText}
            aria-invalid={!valid}
            aria-describedby={ids.daysNote}
            onChange={(event) => setDaysText(event.target.value)}
          />
          <p id={ids.daysNote} className={valid ? 'field__note' : 'field__note field__note--error'}>
            {valid
              ? `Enter a waiting period between ${MIN_WINDOW} and ${MAX_WINDOW} days. The key would be deleted on ${formatDate(now + days * 86_400_000)}.`
              : `Enter a whole number of days between ${MIN_WINDOW} and ${MAX_WINDOW}.`}
          </p>
        </div>
        <label className="console-dialog__confirm" htmlFor={ids.confirm}>
          <input id={ids.confirm} type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          Confirm that you want to schedule this key for deletion after a {valid ? days : '…'} day waiting period.
        </label>
        <div className="wizard__buttons">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={!valid || !confirmed}>
            Schedule deletion
          </button>
        </div>
      </form>
    </dialog>
  );
}
