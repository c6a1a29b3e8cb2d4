import { useId, useRef, useState, type FormEvent } from 'react';
import { defaultKeyPolicy } from '../../engine/index';
import { aliasProblem, fullAliasName, tagsFrom } from './alias-name';
import { useCall, useConsoleEnv, useEngine } from './console-env';
import { OutcomeStatus, type Outcome } from './outcome';
import { PairRows, type Pair } from './pair-rows';

const STEPS = ['Configure key', 'Add labels', 'Review'] as const;

/**
 * The create-key wizard, shaped like the AWS console's: configure (key type and usage), labels (alias,
 * description, tags), review (with the key policy KMS will attach), then CreateKey and CreateAlias.
 */
export function CreateWizard() {
  const ids = { steps: useId(), alias: useId(), aliasHelp: useId(), aliasProblem: useId(), description: useId(), policy: useId() };
  const { region } = useConsoleEnv();
  const call = useCall();
  const accountId = useEngine((state) => state.kms?.accountId ?? null);
  const [step, setStep] = useState(0);
  const [alias, setAlias] = useState('');
  const [aliasTouched, setAliasTouched] = useState(false);
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<Pair[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const problem = aliasProblem(alias);

  function go(to: number) {
    setStep(to);
    setOutcome({ kind: 'none' });
    // The new step's heading takes focus, so a screen reader starts reading the step just shown.
    queueMicrotask(() => stepHeading.current?.focus());
  }

  function next(event: FormEvent) {
    event.preventDefault();
    if (step === 1) {
      setAliasTouched(true);
      if (problem) return document.getElementById(ids.alias)?.focus();
    }
    if (step < STEPS.length - 1) return go(step + 1);
    void finish();
  }

  async function finish() {
    setBusy(true);
    setOutcome({ kind: 'working', text: 'Creating the key…' });
    const tagList = tagsFrom(tags);
    // No Policy member: KMS attaches its default key policy, the one the review step showed.
    const created = await call('CreateKey', {
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
      ...(description !== '' && { Description: description }),
      ...(tagList.length > 0 && { Tags: tagList }),
    });
    if (!created.ok) {
      setBusy(false);
      return setOutcome({ kind: 'error', error: created.error, action: 'CreateKey' });
    }
    const keyId = (created.output.KeyMetadata as { KeyId: string }).KeyId;
    if (alias.trim() !== '') {
      const aliased = await call('CreateAlias', { AliasName: fullAliasName(alias), TargetKeyId: keyId });
      if (!aliased.ok) {
        setBusy(false);
        return setOutcome({
          kind: 'error',
          error: aliased.error,
          action: `The key ${keyId} was created, but CreateAlias`,
        });
      }
    }
    window.location.hash = `#/keys/${keyId}`;
  }

  return (
    <div className="wizard">
      <nav aria-label="Create key steps">
        <ol className="wizard__steps" id={ids.steps}>
          {STEPS.map((name, index) => (
            <li key={name} className="wizard__step" aria-current={index === step ? 'step' : undefined}>
              <span className="wizard__step-number">Step {index + 1}</span> {name}
            </li>
          ))}
        </ol>
      </nav>
      <form className="wizard__form" onSubmit={next} noValidate>
        <h2 className="wizard__title" ref={stepHeading} tabIndex={-1}>
          {STEPS[step]}
        </h2>

        {step === 0 && (
          <>
            <fieldset className="wizard__choice">
              <legend>Key type</legend>
              <label className="wizard__option">
                <input type="radio" name="key-type" checked readOnly />
                <span>
                  <strong>Symmetric</strong>
                  <span className="wizard__option-help">A single key for encrypting and decrypting data (256-bit AES-GCM, key spec SYMMETRIC_DEFAULT).</span>
                </span>
              </label>
              <p className="field__note">
                Asymmetric (RSA, ECC) and HMAC keys are not offered: KMS Lab&rsquo;s engine does not simulate them yet, and answers
                CreateKey for them with UnsupportedOperationException.
              </p>
            </fieldset>
            <fieldset className="wizard__choice">
              <legend>Key usage</legend>
              <label className="wizard__option">
                <input type="radio" name="key-usage" checked readOnly />
                <span>
                  <strong>Encrypt and decrypt</strong>
                  <span className="wizard__option-help">Key usage ENCRYPT_DECRYPT, the only usage of a symmetric key.</span>
                </span>
              </label>
            </fieldset>
            <dl className="facts">
              <dt>Key material origin</dt>
              <dd>KMS (AWS_KMS): the key material is made in the HSM and never leaves it</dd>
              <dt>Regionality</dt>
              <dd>Single-Region key in {region}</dd>
            </dl>
          </>
        )}

        {step === 1 && (
          <>
            <div className="field">
              <label htmlFor={ids.alias}>
                Alias <span className="field__optional">(optional)</span>
              </label>
              <div className="wizard__alias">
                <span className="wizard__alias-prefix" aria-hidden="true">
                  alias/
                </span>
                <input
                  id={ids.alias}
                  value={alias}
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={aliasTouched && problem !== null}
                  aria-describedby={`${ids.aliasHelp}${aliasTouched && problem ? ` ${ids.aliasProblem}` : ''}`}
                  onChange={(event) => setAlias(event.target.value)}
                  onBlur={() => setAliasTouched(true)}
                />
              </div>
              <p id={ids.aliasHelp} className="field__note">
                A friendly name for the key, unique in this Region. Letters, numbers, /, _, - and :. Cannot begin with aws/.
              </p>
              {aliasTouched && problem && (
                <p id={ids.aliasProblem} className="field__note field__note--error">
                  {problem}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={ids.description}>
                Description <span className="field__optional">(optional)</span>
              </label>
              <textarea id={ids.description} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
            </div>
            <fieldset className="wizard__choice">
              <legend>Tags</legend>
              <PairRows noun="Tag" keyLabel="Tag key" valueLabel="Tag value" pairs={tags} onChange={setTags} />
            </fieldset>
          </>
        )}

        {step === 2 && (
          <>
            <dl className="facts">
              <dt>Key type</dt>
              <dd>Symmetric (SYMMETRIC_DEFAULT)</dd>
              <dt>Key usage</dt>
              <dd>Encrypt and decrypt (ENCRYPT_DECRYPT)</dd>
              <dt>Region</dt>
              <dd>{region}</dd>
              <dt>Alias</dt>
              <dd>{alias.trim() === '' ? 'None' : fullAliasName(alias)}</dd>
              <dt>Description</dt>
              <dd>{description === '' ? 'None' : description}</dd>
              <dt>Tags</dt>
              <dd>{tagsFrom(tags).map((tag) => `${tag.TagKey}=${tag.TagValue}`).join(', ') || 'None'}</dd>
            </dl>
            <h3 id={ids.policy}>Key policy</h3>
            <p className="field__note">
              KMS attaches its default key policy to a key created without one. Its one statement, &ldquo;Enable IAM User
              Permissions&rdquo;, gives the account ({accountId ?? '…'}) full access to the key, so IAM policies decide who in the account may
              use it. You can edit the policy on the key&rsquo;s page afterwards.
            </p>
            <pre className="policy-preview" aria-labelledby={ids.policy} tabIndex={0}>
              {accountId ? defaultKeyPolicy(accountId) : ''}
            </pre>
          </>
        )}

        <OutcomeStatus outcome={outcome} />
        <div className="wizard__buttons">
          <a className="button" href="#/keys">
            Cancel
          </a>
          {step > 0 && (
            <button type="button" className="button" onClick={() => go(step - 1)}>
              Previous
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy || accountId === null}>
            {step < STEPS.length - 1 ? 'Next' : 'Finish'}
          </button>
        </div>
      </form>
    </div>
  );
}
