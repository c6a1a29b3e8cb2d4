import { useId } from 'react';
import { LOAD_LIMITS } from './load-run';

export interface LoadFormValues {
  perSecond: string;
  seconds: string;
  cache: boolean;
  maxMessages: string;
  maxAgeSeconds: string;
}

export const DEFAULT_LOAD: LoadFormValues = { perSecond: '50', seconds: '10', cache: false, maxMessages: '100', maxAgeSeconds: '5' };

/** The load generator's settings; plain labelled inputs, read by the parent when Start is pressed. */
export function LoadForm({ values, onChange, disabled }: { values: LoadFormValues; onChange: (next: LoadFormValues) => void; disabled: boolean }) {
  const ids = { rate: useId(), seconds: useId(), cache: useId(), messages: useId(), age: useId(), cacheHelp: useId() };
  const set = (patch: Partial<LoadFormValues>) => onChange({ ...values, ...patch });
  return (
    <fieldset className="load-form" disabled={disabled}>
      <legend className="visually-hidden">Load settings</legend>
      <div className="load-form__row">
        <div className="field">
          <label htmlFor={ids.rate}>GenerateDataKey per second</label>
          <input id={ids.rate} type="number" inputMode="numeric" min={1} max={LOAD_LIMITS.maxPerSecond} value={values.perSecond} onChange={(e) => set({ perSecond: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.seconds}>For seconds</label>
          <input id={ids.seconds} type="number" inputMode="numeric" min={1} max={LOAD_LIMITS.maxSeconds} value={values.seconds} onChange={(e) => set({ seconds: e.target.value })} />
        </div>
      </div>
      <div className="load-form__check">
        <input id={ids.cache} type="checkbox" checked={values.cache} aria-describedby={ids.cacheHelp} onChange={(e) => set({ cache: e.target.checked })} />
        <label htmlFor={ids.cache}>With a data-key cache</label>
      </div>
      <p id={ids.cacheHelp} className="field__note">
        Like the AWS Encryption SDK&rsquo;s caching: each data key is reused for several messages, so most messages make no KMS
        call.
      </p>
      {values.cache && (
        <div className="load-form__row">
          <div className="field">
            <label htmlFor={ids.messages}>Reuse a data key for up to (messages)</label>
            <input id={ids.messages} type="number" inputMode="numeric" min={1} value={values.maxMessages} onChange={(e) => set({ maxMessages: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={ids.age}>…or up to (seconds)</label>
            <input id={ids.age} type="number" inputMode="decimal" min={0.1} step={0.1} value={values.maxAgeSeconds} onChange={(e) => set({ maxAgeSeconds: e.target.value })} />
          </div>
        </div>
      )}
    </fieldset>
  );
}
