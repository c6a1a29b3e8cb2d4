import { lazy, Suspense, useEffect, useState } from 'react';
import { useCall, useChangeStamp } from './console-env';
import { jsonProblem } from './json-problem';
import { OutcomeStatus, type Outcome } from './outcome';
import type { KeyMetadata } from './use-key';

const PolicyEditor = lazy(() => import('./policy-editor'));

/** The key policy: GetKeyPolicy to load it, a JSON editor, PutKeyPolicy to save it. */
export function PolicyTab({ metadata }: { metadata: KeyMetadata }) {
  const call = useCall();
  const { ready } = useChangeStamp();
  const [saved, setSaved] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const keyId = metadata.KeyId;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void call('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' }).then((got) => {
      if (!current) return;
      if (got.ok) {
        setSaved(got.output.Policy as string);
        setText(got.output.Policy as string);
      } else setOutcome({ kind: 'error', error: got.error, action: 'GetKeyPolicy' });
    });
    return () => {
      current = false;
    };
    // Read once per key: a reload after every change elsewhere would throw away the learner's edits.
  }, [call, keyId, ready]);

  const problem = saved === null ? null : jsonProblem(text);
  const changed = saved !== null && text !== saved;

  async function save() {
    setOutcome({ kind: 'working', text: 'PutKeyPolicy…' });
    const put = await call('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: text });
    if (!put.ok) return setOutcome({ kind: 'error', error: put.error, action: 'PutKeyPolicy' });
    setSaved(text);
    setOutcome({ kind: 'success', text: 'Saved the key policy (PutKeyPolicy).' });
  }

  return (
    <div className="tab-body">
      <p className="tab-body__label" aria-hidden="true">
        Key policy (JSON)
      </p>
      <p className="field__note">
        In AWS, every request to this key is checked against its key policy. Edit it here: JSON mistakes are marked where they are, and
        KMS checks the rest when you save (KMS Lab&rsquo;s engine validates and stores key policies, but does not evaluate them on
        requests yet).
      </p>
      {saved === null ? (
        <p className="page-loading">Reading the key policy…</p>
      ) : (
        <Suspense fallback={<p className="page-loading">Loading the editor…</p>}>
          <PolicyEditor value={text} onChange={setText} label="Key policy (JSON)" />
        </Suspense>
      )}
      <div role="status" className={problem ? 'policy-problem policy-problem--error' : 'policy-problem'}>
        {problem && (
          <p>
            <strong>JSON syntax error</strong> at line {problem.line}, column {problem.column}: {problem.message}
          </p>
        )}
      </div>
      <div className="tab-body__row">
        <button type="button" className="button button--primary" disabled={!changed || problem !== null} onClick={() => void save()}>
          Save changes
        </button>
        <button type="button" className="button" disabled={!changed} onClick={() => saved !== null && setText(saved)}>
          Discard changes
        </button>
      </div>
      <OutcomeStatus outcome={outcome} />
    </div>
  );
}
