import { useId, useState, type FormEvent } from 'react';
import { fromBase64, toBase64 } from '../../engine/index';
import { useCall } from './console-env';
import { OutcomeStatus, type Outcome } from './outcome';
import { PairRows, type Pair } from './pair-rows';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function contextOf(pairs: readonly Pair[]): Record<string, string> | undefined {
  const used = pairs.filter((pair) => pair.key !== '');
  return used.length === 0 ? undefined : Object.fromEntries(used.map((pair) => [pair.key, pair.value]));
}

function contextWords(pairs: readonly Pair[]): string {
  const context = contextOf(pairs);
  return context ? ` with encryption context ${Object.entries(context).map(([k, v]) => `${k}=${v}`).join(', ')}` : ' with no encryption context';
}

/**
 * Encrypt and decrypt text and generate a data key with this key, all real requests: results and
 * AWS exceptions as KMS returned them, in plain words.
 */
export function TryIt({ keyId }: { keyId: string }) {
  const ids = { title: useId(), plaintext: useId(), ciphertext: useId(), decrypted: useId(), spec: useId(), dkPlain: useId(), dkBlob: useId() };
  const call = useCall();
  const [pairs, setPairs] = useState<Pair[]>([{ key: 'purpose', value: 'demo' }]);
  const [plaintext, setPlaintext] = useState('Hello from KMS Lab!');
  const [ciphertext, setCiphertext] = useState('');
  const [decrypted, setDecrypted] = useState('');
  const [spec, setSpec] = useState<'AES_256' | 'AES_128'>('AES_256');
  const [dataKey, setDataKey] = useState<{ plaintext: Uint8Array; blob: string } | null>(null);
  const [cryptOutcome, setCryptOutcome] = useState<Outcome>({ kind: 'none' });
  const [keyOutcome, setKeyOutcome] = useState<Outcome>({ kind: 'none' });

  async function encrypt(event: FormEvent) {
    event.preventDefault();
    setCryptOutcome({ kind: 'working', text: 'Encrypting…' });
    const context = contextOf(pairs);
    const outcome = await call('Encrypt', { KeyId: keyId, Plaintext: encoder.encode(plaintext), ...(context && { EncryptionContext: context }) });
    if (!outcome.ok) return setCryptOutcome({ kind: 'error', error: outcome.error, action: 'Encrypt' });
    const blob = outcome.output.CiphertextBlob as Uint8Array;
    setCiphertext(toBase64(blob));
    setDecrypted('');
    setCryptOutcome({ kind: 'success', text: `Encrypted${contextWords(pairs)}: ${blob.length} bytes of ciphertext, shown below in base64.` });
  }

  async function decrypt() {
    setCryptOutcome({ kind: 'working', text: 'Decrypting…' });
    const blob = fromBase64(ciphertext.trim());
    if (!blob) return setCryptOutcome({ kind: 'success', text: 'Nothing was sent to KMS: the ciphertext is not valid base64.' });
    const context = contextOf(pairs);
    // KeyId is optional for symmetric ciphertext; naming it makes KMS check the blob was made under it.
    const outcome = await call('Decrypt', { KeyId: keyId, CiphertextBlob: blob, ...(context && { EncryptionContext: context }) });
    if (!outcome.ok) {
      setDecrypted('');
      return setCryptOutcome({ kind: 'error', error: outcome.error, action: 'Decrypt' });
    }
    const bytes = outcome.output.Plaintext as Uint8Array;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      text = toBase64(bytes);
    }
    bytes.fill(0);
    setDecrypted(text);
    setCryptOutcome({ kind: 'success', text: `Decrypted${contextWords(pairs)}: the plaintext is shown below.` });
  }

  async function generate(event: FormEvent) {
    event.preventDefault();
    setKeyOutcome({ kind: 'working', text: 'Generating a data key…' });
    const context = contextOf(pairs);
    const outcome = await call('GenerateDataKey', { KeyId: keyId, KeySpec: spec, ...(context && { EncryptionContext: context }) });
    if (!outcome.ok) {
      setDataKey(null);
      return setKeyOutcome({ kind: 'error', error: outcome.error, action: 'GenerateDataKey' });
    }
    const plain = outcome.output.Plaintext as Uint8Array;
    setDataKey({ plaintext: plain, blob: toBase64(outcome.output.CiphertextBlob as Uint8Array) });
    setKeyOutcome({ kind: 'success', text: `Generated a ${plain.length * 8}-bit data key${contextWords(pairs)}.` });
  }

  function wipe() {
    if (!dataKey) return;
    dataKey.plaintext.fill(0);
    setDataKey({ ...dataKey, plaintext: new Uint8Array(0) });
    setKeyOutcome({ kind: 'success', text: 'Wiped the plaintext data key from memory. Only the encrypted copy is left; Decrypt gets the key back when it is needed.' });
  }

  return (
    <section className="try-it" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Try it</h2>
      <p className="field__note">Real requests to this key as the acting identity. The encryption context below goes with each of them.</p>
      <fieldset className="wizard__choice">
        <legend>Encryption context</legend>
        <PairRows noun="Context pair" keyLabel="Context key" valueLabel="Context value" pairs={pairs} onChange={setPairs} />
      </fieldset>

      <form className="try-it__part" onSubmit={(event) => void encrypt(event)}>
        <h3>Encrypt and decrypt</h3>
        <div className="field">
          <label htmlFor={ids.plaintext}>Plaintext</label>
          <textarea id={ids.plaintext} rows={2} value={plaintext} onChange={(event) => setPlaintext(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.ciphertext}>Ciphertext (base64)</label>
          <textarea id={ids.ciphertext} rows={3} value={ciphertext} spellCheck={false} className="try-it__blob" onChange={(event) => setCiphertext(event.target.value)} />
        </div>
        <div className="tab-body__row">
          <button type="submit" className="button button--primary">
            Encrypt
          </button>
          <button type="button" className="button" disabled={ciphertext.trim() === ''} onClick={() => void decrypt()}>
            Decrypt
          </button>
        </div>
        <OutcomeStatus outcome={cryptOutcome} />
        {decrypted !== '' && (
          <div className="field">
            <label htmlFor={ids.decrypted}>Decrypted plaintext</label>
            <textarea id={ids.decrypted} rows={2} value={decrypted} readOnly />
          </div>
        )}
      </form>

      <form className="try-it__part" onSubmit={(event) => void generate(event)}>
        <h3>Generate a data key</h3>
        <div className="field">
          <label htmlFor={ids.spec}>Data key spec</label>
          <select id={ids.spec} value={spec} onChange={(event) => setSpec(event.target.value as 'AES_256' | 'AES_128')}>
            <option value="AES_256">AES_256 (32 bytes)</option>
            <option value="AES_128">AES_128 (16 bytes)</option>
          </select>
        </div>
        <button type="submit" className="button button--primary">
          Generate data key
        </button>
        <OutcomeStatus outcome={keyOutcome} />
        {dataKey && (
          <div className="try-it__datakey">
            <div className="field">
              <label htmlFor={ids.dkPlain}>Plaintext data key (base64)</label>
              <textarea id={ids.dkPlain} rows={2} readOnly className="try-it__blob" value={dataKey.plaintext.length > 0 ? toBase64(dataKey.plaintext) : '(wiped)'} />
            </div>
            <div className="field">
              <label htmlFor={ids.dkBlob}>Encrypted data key, CiphertextBlob (base64)</label>
              <textarea id={ids.dkBlob} rows={4} readOnly className="try-it__blob" value={dataKey.blob} />
            </div>
            <p className="field__note">
              An application uses the plaintext data key to encrypt its data itself (outside KMS), then wipes it from memory and stores
              only the encrypted copy beside the data. To decrypt later, it sends that CiphertextBlob to KMS Decrypt to get the data
              key back. KMS never stores data keys.
            </p>
            <button type="button" className="button" disabled={dataKey.plaintext.length === 0} onClick={wipe}>
              Wipe the plaintext data key
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
