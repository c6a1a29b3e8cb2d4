import { useId, useState, type FormEvent } from 'react';
import { fromBase64, toBase64 } from '../../engine/index';
import { formatCount, shortKeyId, textOf } from './bytes';
import { parseEncryptionContext } from './encryption-context';
import { HsmNote } from './hsm-note';
import { OutcomeStatus, type Outcome } from './outcome';
import { useEngine } from '../../stores/engine-context';

interface DecryptCardProps {
  region: string;
  /** The last ciphertext and context from Encrypt, as starting values the learner may change. */
  initialCiphertext: string;
  initialContext: string;
}

export function DecryptCard({ region, initialCiphertext, initialContext }: DecryptCardProps) {
  const ids = { title: useId(), ciphertext: useId(), context: useId(), contextProblem: useId(), contextHelp: useId(), output: useId() };
  const ready = useEngine((state) => state.status === 'ready');
  const call = useEngine((state) => state.call);
  const [ciphertext, setCiphertext] = useState(initialCiphertext);
  const [contextText, setContextText] = useState(initialContext);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [result, setResult] = useState<{ text: string; isText: boolean; requestId: string | undefined } | null>(null);
  const parsed = parseEncryptionContext(contextText);

  async function decrypt(event: FormEvent) {
    event.preventDefault();
    if (!parsed.ok) return;
    const blob = fromBase64(ciphertext.replace(/\s+/g, ''));
    if (!blob || blob.length === 0) {
      setResult(null);
      return setOutcome({ kind: 'invalid', text: 'Nothing was sent: the ciphertext must be the base64 text that Encrypt produced.' });
    }
    setBusy(true);
    setOutcome({ kind: 'working', text: 'Decrypting…' });
    const input = { CiphertextBlob: blob, ...(parsed.context && { EncryptionContext: parsed.context }) };
    const outcome = await call('Decrypt', input, { region });
    setBusy(false);
    if (!outcome.ok) {
      setResult(null);
      return setOutcome({ kind: 'error', ...outcome.error });
    }
    const plaintext = outcome.output.Plaintext as Uint8Array;
    const text = textOf(plaintext);
    setResult({ text: text ?? toBase64(plaintext), isText: text !== null, requestId: outcome.requestId });
    // The panel keeps the text it shows; the engine's buffer has done its job.
    plaintext.fill(0);
    setOutcome({
      kind: 'success',
      text: `Decrypted ${formatCount(plaintext.length)} bytes. KMS found the key, ${shortKeyId(String(outcome.output.KeyId))}, named in the ciphertext itself.`,
    });
  }

  return (
    <section className="panel-card" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="panel-card__title">
        <span className="panel-card__step" aria-hidden="true">3</span> Decrypt
      </h2>
      <p className="panel-card__hint">Decrypt needs no key ID: the ciphertext names its key. It does need the same encryption context.</p>
      <form className="panel-form" onSubmit={(event) => void decrypt(event)}>
        <div className="field">
          <label htmlFor={ids.ciphertext}>Ciphertext to decrypt (base64)</label>
          <textarea id={ids.ciphertext} className="result__blob" rows={3} spellCheck={false} value={ciphertext} onChange={(event) => setCiphertext(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.context}>
            Encryption context for Decrypt <span className="field__optional">(optional)</span>
          </label>
          <input
            id={ids.context}
            value={contextText}
            spellCheck={false}
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
            Change a value to watch KMS refuse with InvalidCiphertextException.
          </p>
        </div>
        <div className="panel-form__actions">
          <button type="submit" className="button button--primary" disabled={!ready || busy || ciphertext.trim() === '' || !parsed.ok}>
            Decrypt
          </button>
        </div>
      </form>
      <OutcomeStatus outcome={outcome} />
      {result && outcome.kind === 'success' && (
        <div className="result">
          <HsmNote requestId={result.requestId} />
          <div className="field">
            <label htmlFor={ids.output}>{result.isText ? 'Decrypted plaintext' : 'Decrypted plaintext (base64, not UTF-8 text)'}</label>
            <textarea id={ids.output} className="result__plain" rows={2} readOnly value={result.text} />
          </div>
        </div>
      )}
    </section>
  );
}
