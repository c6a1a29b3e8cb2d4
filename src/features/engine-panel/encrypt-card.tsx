import { useId, useState, type FormEvent } from 'react';
import { CIPHERTEXT_HEADER_BYTES, CIPHERTEXT_TAG_BYTES, toBase64 } from '../../engine/index';
import { ENCRYPT_PLAINTEXT_LIMIT, formatCount, shortKeyId, utf8Bytes } from './bytes';
import { formatEncryptionContext, parseEncryptionContext } from './encryption-context';
import { CopyButton } from './copy-button';
import { HsmNote } from './hsm-note';
import { OutcomeStatus, type Outcome } from './outcome';
import { useEngine } from '../../stores/engine-context';
import type { KeySummary } from './use-keys';

export interface Sealed {
  ciphertext: string;
  context: string;
}

interface EncryptCardProps {
  region: string;
  selected: KeySummary | null;
  onEncrypted: (sealed: Sealed) => void;
}

// 'a' is one byte in UTF-8, so this is exactly one byte over what Encrypt accepts.
const OVER_THE_LIMIT = 'a'.repeat(ENCRYPT_PLAINTEXT_LIMIT + 1);

export function EncryptCard({ region, selected, onEncrypted }: EncryptCardProps) {
  const ids = { title: useId(), plaintext: useId(), count: useId(), context: useId(), contextHelp: useId(), contextProblem: useId(), output: useId() };
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  const [plaintext, setPlaintext] = useState('Hello from KMS Lab!');
  const [contextText, setContextText] = useState('purpose=demo');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [result, setResult] = useState<{ ciphertext: string; bytes: number; plaintextBytes: number; requestId: string | undefined } | null>(null);

  const bytes = utf8Bytes(plaintext).length;
  const over = bytes > ENCRYPT_PLAINTEXT_LIMIT;
  const parsed = parseEncryptionContext(contextText);

  async function encrypt(event: FormEvent) {
    event.preventDefault();
    if (!selected || !parsed.ok) return;
    setBusy(true);
    setOutcome({ kind: 'working', text: 'Encrypting…' });
    // Deliberately no length check here: above 4,096 bytes the engine itself refuses, and the learner
    // sees KMS's ValidationException, not ours.
    const input = { KeyId: selected.KeyId, Plaintext: utf8Bytes(plaintext), ...(parsed.context && { EncryptionContext: parsed.context }) };
    const outcome = await call('Encrypt', input, { region });
    setBusy(false);
    if (!outcome.ok) {
      setResult(null);
      return setOutcome({ kind: 'error', ...outcome.error });
    }
    const blob = outcome.output.CiphertextBlob as Uint8Array;
    const ciphertext = toBase64(blob);
    setResult({ ciphertext, bytes: blob.length, plaintextBytes: bytes, requestId: outcome.requestId });
    onEncrypted({ ciphertext, context: formatEncryptionContext(parsed.context) });
    setOutcome({
      kind: 'success',
      text: `Encrypted ${formatCount(bytes)} bytes under key ${shortKeyId(String(outcome.output.KeyId))}${
        parsed.context ? ` with encryption context ${formatEncryptionContext(parsed.context)}` : ''
      }. The ciphertext is ${formatCount(blob.length)} bytes.`,
    });
  }

  return (
    <section className="panel-card" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="panel-card__title">
        <span className="panel-card__step" aria-hidden="true">2</span> Encrypt
      </h2>
      <p className="panel-card__hint">
        Up to {formatCount(ENCRYPT_PLAINTEXT_LIMIT)} bytes, encrypted by the HSM under the key; larger data is what data keys are for.
      </p>
      <form className="panel-form" onSubmit={(event) => void encrypt(event)}>
        <div className="field">
          <label htmlFor={ids.plaintext}>Plaintext</label>
          <textarea id={ids.plaintext} rows={2} value={plaintext} spellCheck={false} aria-describedby={ids.count} onChange={(event) => setPlaintext(event.target.value)} />
          <div className="field__row">
            <p id={ids.count} className={over ? 'field__note field__note--warn' : 'field__note'}>
              {formatCount(bytes)} of {formatCount(ENCRYPT_PLAINTEXT_LIMIT)} bytes
              {over && ': more than Encrypt accepts. Send it anyway to see how KMS refuses.'}
            </p>
            {!over && (
              <button type="button" className="link-button" onClick={() => setPlaintext(OVER_THE_LIMIT)}>
                Fill with {formatCount(ENCRYPT_PLAINTEXT_LIMIT + 1)} bytes to test the limit
              </button>
            )}
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.context}>
            Encryption context <span className="field__optional">(optional)</span>
          </label>
          <input
            id={ids.context}
            value={contextText}
            spellCheck={false}
            placeholder="purpose=demo, team=finance"
            aria-invalid={!parsed.ok}
            aria-describedby={parsed.ok ? ids.contextHelp : `${ids.contextProblem} ${ids.contextHelp}`}
            onChange={(event) => setContextText(event.target.value)}
          />
          {!parsed.ok && (
            <p id={ids.contextProblem} className="field__note field__note--error">
              {parsed.problem}
            </p>
          )}
          <p id={ids.contextHelp} className="field__note">
            key=value pairs, comma-separated. KMS binds them to the ciphertext: Decrypt must give the same pairs.
          </p>
        </div>
        <div className="panel-form__actions">
          <button type="submit" className="button button--primary" disabled={!ready || busy || !selected || !parsed.ok}>
            Encrypt
          </button>
          {!selected && <p className="field__note">Create a key first.</p>}
        </div>
      </form>
      <OutcomeStatus outcome={outcome} />
      {result && outcome.kind === 'success' && (
        <div className="result">
          <HsmNote requestId={result.requestId} />
          <div className="field">
            <label htmlFor={ids.output}>Ciphertext (base64)</label>
            <textarea id={ids.output} className="result__blob" rows={3} readOnly value={result.ciphertext} />
            <div className="result__row">
              <p className="field__note">
                {formatCount(result.bytes)} bytes: {formatCount(result.plaintextBytes)} of plaintext, a {CIPHERTEXT_HEADER_BYTES}-byte header
                naming the key, a {CIPHERTEXT_TAG_BYTES}-byte tag.
              </p>
              <CopyButton text={result.ciphertext} label="Copy ciphertext" />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
