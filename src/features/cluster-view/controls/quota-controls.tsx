import { useId, useState, type FormEvent } from 'react';
import { defaultSymmetricQuota } from '../../../engine/index';
import { useClusterState } from '../cluster-context';
import { ActionButton } from './action-button';
import { useFault } from './use-fault';

const count = new Intl.NumberFormat('en-US');

/**
 * The shared symmetric quota (Encrypt, Decrypt, GenerateDataKey, …) of the selected Region: up as
 * with a quota increase, or down to a rate a person can watch.
 */
export function QuotaControls({ region }: { region: string }) {
  const id = useId();
  const quota = useClusterState((state) => state.quotas[region]?.symmetric);
  const fault = useFault();
  const [custom, setCustom] = useState('50');
  const awsDefault = defaultSymmetricQuota(region);
  const presets = [
    { label: `AWS default (${count.format(awsDefault)}/s)`, value: awsDefault },
    { label: '100/s', value: 100 },
    { label: '10/s', value: 10 },
  ];
  const set = (value: number) => fault(region, (simulation) => simulation.setQuota(region, 'symmetric', value));

  function submit(event: FormEvent) {
    event.preventDefault();
    set(custom.trim() === '' ? Number.NaN : Number(custom));
  }

  return (
    <fieldset className="control-group control-group--quota">
      <legend>Request quota in {region}</legend>
      <p className="control-group__status">
        Symmetric cryptographic calls: <strong>{quota === undefined ? '…' : `${count.format(quota)} per second`}</strong>
        {quota === awsDefault && ' (AWS default)'}
      </p>
      <div className="control-group__buttons">
        {presets.map((preset) => (
          <ActionButton key={preset.label} unavailable={quota === preset.value} onPress={() => set(preset.value)}>
            {preset.label}
          </ActionButton>
        ))}
      </div>
      <form className="inline-form" noValidate onSubmit={submit}>
        <label htmlFor={id}>Requests per second</label>
        <div className="inline-form__row">
          <input id={id} type="number" inputMode="numeric" min={1} step={1} value={custom} onChange={(event) => setCustom(event.target.value)} />
          <button type="submit" className="button button--secondary button--small">
            Set quota
          </button>
        </div>
      </form>
    </fieldset>
  );
}
