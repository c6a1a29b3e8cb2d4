import { useId, useState } from 'react';
import type { CallOutcome } from '../../stores/engine-store';
import { useCluster, useEngine } from './cluster-context';
import { explainException } from '../../content/exceptions';

type Outcome =
  | { kind: 'none' }
  | { kind: 'working'; text: string }
  | { kind: 'success'; text: string }
  | { kind: 'error'; operation: string; name: string; message: string; detail?: string };

const PLAINTEXT = 'Still here after the outage';
const CONTEXT = { purpose: 'cluster-demo' };
const shortId = (keyId: string) => `${keyId.slice(0, 8)}…`;

interface TryItProps {
  region: string;
  /** The key this view created in the Region, shared with the load generator. */
  labKey: string | undefined;
  onKeyCreated: (region: string, keyId: string) => void;
}

/** Three real requests against the selected Region, to feel what each fault does to them. */
export function TryIt({ region, labKey, onKeyCreated }: TryItProps) {
  const titleId = useId();
  const { monitor } = useCluster();
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  const [sealed, setSealed] = useState<Record<string, Uint8Array>>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const ciphertext = sealed[region];

  const servedBy = (result: CallOutcome) => {
    const route = result.requestId ? monitor.routeOf(result.requestId) : undefined;
    return route ? ` Served by ${route.az}${route.latencyMs > 0 ? ` (${route.latencyMs} ms simulated)` : ''}.` : '';
  };

  async function run(operation: string, input: Record<string, unknown>, onSuccess: (result: Extract<CallOutcome, { ok: true }>) => string) {
    setOutcome({ kind: 'working', text: `${operation} in ${region}…` });
    const result = await call(operation, input, { region });
    if (!result.ok) return setOutcome({ kind: 'error', operation, ...result.error });
    setOutcome({ kind: 'success', text: `${onSuccess(result)}${servedBy(result)}` });
  }

  const createKey = () =>
    run('CreateKey', { Description: 'Cluster view key' }, (result) => {
      const keyId = (result.output.KeyMetadata as { KeyId: string }).KeyId;
      onKeyCreated(region, keyId);
      return `CreateKey succeeded: key ${shortId(keyId)} is stored in a majority of ${region}'s AZs.`;
    });

  const encrypt = () =>
    run('Encrypt', { KeyId: labKey, Plaintext: new TextEncoder().encode(PLAINTEXT), EncryptionContext: CONTEXT }, (result) => {
      setSealed((known) => ({ ...known, [region]: result.output.CiphertextBlob as Uint8Array }));
      return `Encrypt succeeded: “${PLAINTEXT}” under key ${shortId(labKey!)}.`;
    });

  const decrypt = () =>
    run('Decrypt', { CiphertextBlob: ciphertext, EncryptionContext: CONTEXT }, (result) => `Decrypt succeeded: “${new TextDecoder().decode(result.output.Plaintext as Uint8Array)}”.`);

  return (
    <section className="panel-card try-it" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-card__title">
        Try it in {region}
      </h2>
      <p className="panel-card__hint">
        Real requests to the engine. Create a key while the Region is healthy, then break AZs and see which calls still work.
      </p>
      <div className="try-it__buttons">
        <button type="button" className="button button--primary button--small" disabled={!ready} onClick={() => void createKey()}>
          Create key
        </button>
        <button type="button" className="button button--secondary button--small" disabled={!ready || !labKey} onClick={() => void encrypt()}>
          Encrypt
        </button>
        <button type="button" className="button button--secondary button--small" disabled={!ready || !ciphertext} onClick={() => void decrypt()}>
          Decrypt
        </button>
      </div>
      <p className="field__note">
        {labKey ? `Encrypt uses key ${shortId(labKey)}; Decrypt uses the latest ciphertext.` : 'Create a key to enable Encrypt.'}
      </p>
      <div role="status" aria-busy={outcome.kind === 'working'} className={`outcome outcome--${outcome.kind}`}>
        {(outcome.kind === 'working' || outcome.kind === 'success') && <p>{outcome.text}</p>}
        {outcome.kind === 'error' && (
          <>
            <p>
              {outcome.operation} failed: <strong>{outcome.name}</strong> — {explainException(outcome.name)}
            </p>
            <p className="outcome__message">
              <span className="visually-hidden">AWS message: </span>
              {outcome.message}
            </p>
            {outcome.detail && <p className="outcome__detail">{outcome.detail}</p>}
          </>
        )}
      </div>
    </section>
  );
}
