import { useEffect, useId, useState, type FormEvent } from 'react';
import { useCall, useChangeStamp } from './console-env';
import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { OutcomeStatus, type Outcome } from './outcome';
import type { KeyMetadata } from './use-key';

interface RotationStatus {
  KeyRotationEnabled: boolean;
  RotationPeriodInDays?: number;
  NextRotationDate?: Date;
}

interface Rotation {
  KeyMaterialId: string;
  KeyMaterialState: string;
  RotationDate?: Date;
  RotationType?: string;
}

const MIN_PERIOD = 90;
const MAX_PERIOD = 2560;
const DEFAULT_PERIOD = 365;

/** Automatic rotation (EnableKeyRotation with its period, DisableKeyRotation), Rotate now and the history. */
export function RotationTab({ metadata }: { metadata: KeyMetadata }) {
  const ids = { enabled: useId(), period: useId(), periodNote: useId(), history: useId() };
  const call = useCall();
  const { ready, stamp } = useChangeStamp();
  const [status, setStatus] = useState<RotationStatus | null>(null);
  const [rotations, setRotations] = useState<Rotation[]>([]);
  const [enabled, setEnabled] = useState(false);
  const [periodText, setPeriodText] = useState(String(DEFAULT_PERIOD));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const keyId = metadata.KeyId;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void Promise.all([call('GetKeyRotationStatus', { KeyId: keyId }), call('ListKeyRotations', { KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })]).then(
      ([got, listed]) => {
        if (!current) return;
        if (got.ok) {
          const read = got.output as unknown as RotationStatus;
          setStatus(read);
          setEnabled(read.KeyRotationEnabled);
          if (read.RotationPeriodInDays !== undefined) setPeriodText(String(read.RotationPeriodInDays));
        } else setOutcome({ kind: 'error', error: got.error, action: 'GetKeyRotationStatus' });
        if (listed.ok) setRotations(listed.output.Rotations as Rotation[]);
      },
    );
    return () => {
      current = false;
    };
  }, [call, keyId, ready, stamp]);

  const period = Number(periodText);
  const periodValid = Number.isInteger(period) && period >= MIN_PERIOD && period <= MAX_PERIOD;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (enabled && !periodValid) return;
    const operation = enabled ? 'EnableKeyRotation' : 'DisableKeyRotation';
    setOutcome({ kind: 'working', text: `${operation}…` });
    const outcome = await call(operation, { KeyId: keyId, ...(enabled && { RotationPeriodInDays: period }) });
    setOutcome(
      outcome.ok
        ? { kind: 'success', text: enabled ? `Automatic rotation is on: every ${period} days.` : 'Automatic rotation is off.' }
        : { kind: 'error', error: outcome.error, action: operation },
    );
  }

  async function rotateNow() {
    setOutcome({ kind: 'working', text: 'RotateKeyOnDemand…' });
    const outcome = await call('RotateKeyOnDemand', { KeyId: keyId });
    setOutcome(
      outcome.ok
        ? { kind: 'success', text: 'Rotated the key: new key material is now current. Old material stays, so old ciphertexts still decrypt.' }
        : { kind: 'error', error: outcome.error, action: 'RotateKeyOnDemand' },
    );
  }

  const history = rotations.filter((rotation) => rotation.RotationDate !== undefined).reverse();

  return (
    <div className="tab-body">
      <form className="rotation-form" onSubmit={(event) => void save(event)}>
        <label className="console-check" htmlFor={ids.enabled}>
          <input id={ids.enabled} type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          Automatic key rotation
        </label>
        <div className="field">
          <label htmlFor={ids.period}>Rotation period (in days)</label>
          <input
            id={ids.period}
            type="number"
            inputMode="numeric"
            min={MIN_PERIOD}
            max={MAX_PERIOD}
            value={periodText}
            disabled={!enabled}
            aria-invalid={enabled && !periodValid}
            aria-describedby={ids.periodNote}
            onChange={(event) => setPeriodText(event.target.value)}
          />
          <p id={ids.periodNote} className={enabled && !periodValid ? 'field__note field__note--error' : 'field__note'}>
            Between {MIN_PERIOD} and {MAX_PERIOD} days; AWS&rsquo;s default is {DEFAULT_PERIOD}.
          </p>
        </div>
        <button type="submit" className="button button--primary">
          Save rotation settings
        </button>
      </form>
      <dl className="facts">
        <dt>Automatic rotation</dt>
        <dd>{status === null ? '…' : status.KeyRotationEnabled ? `On, every ${status.RotationPeriodInDays} days` : 'Off'}</dd>
        <dt>Next rotation date</dt>
        <dd>{status?.NextRotationDate ? formatDate(status.NextRotationDate.getTime()) : 'None scheduled'}</dd>
      </dl>
      <div className="tab-body__row">
        <button type="button" className="button" onClick={() => void rotateNow()}>
          Rotate now
        </button>
        <p className="field__note">On-demand rotation (RotateKeyOnDemand) makes new key material now and leaves the automatic schedule as it is.</p>
      </div>
      <OutcomeStatus outcome={outcome} />
      <h3 id={ids.history}>Rotation history</h3>
      {history.length === 0 ? (
        <p className="field__note">No rotations yet: the key still uses the key material it was created with.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={ids.history} tabIndex={0}>
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">Rotation date</th>
                <th scope="col">Rotation type</th>
                <th scope="col">Key material ID</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {history.map((rotation) => (
                <tr key={rotation.KeyMaterialId}>
                  <td>{formatDate(rotation.RotationDate!.getTime())}</td>
                  <td>{rotation.RotationType === 'ON_DEMAND' ? 'On demand' : 'Automatic'}</td>
                  <td className="facts__code">{rotation.KeyMaterialId.slice(0, 16)}…</td>
                  <td>{rotation.KeyMaterialState}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
