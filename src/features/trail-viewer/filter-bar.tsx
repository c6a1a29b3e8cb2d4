import { useId } from 'react';
import type { LookupAttributeKey } from '../../engine/index';

/** The lookup attributes the console offers, in its words, with the LookupEvents AttributeKey behind each. */
export const ATTRIBUTES: ReadonlyArray<{ key: LookupAttributeKey; label: string; example: string }> = [
  { key: 'EventName', label: 'Event name', example: 'Encrypt' },
  { key: 'Username', label: 'User name', example: 'Admin' },
  { key: 'ResourceName', label: 'Resource name', example: 'key ARN or key ID' },
  { key: 'ResourceType', label: 'Resource type', example: 'AWS::KMS::Key' },
  { key: 'EventSource', label: 'Event source', example: 'kms.amazonaws.com' },
  { key: 'ReadOnly', label: 'Read-only', example: 'true' },
  { key: 'AccessKeyId', label: 'AWS access key', example: 'AKIA…' },
  { key: 'EventId', label: 'Event ID', example: 'the eventID of a record' },
];

export interface FilterFields {
  key: LookupAttributeKey;
  value: string;
  /** datetime-local values, read as UTC; '' for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: FilterFields = { key: 'EventName', value: '', from: '', to: '' };

/** A datetime-local value as a UTC instant; undefined when empty, NaN when not a date. */
export function utcFromField(value: string): Date | undefined {
  if (value === '') return undefined;
  return new Date(Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`));
}

export function FilterBar({ fields, onChange }: { fields: FilterFields; onChange: (fields: FilterFields) => void }) {
  const id = useId();
  const attribute = ATTRIBUTES.find((item) => item.key === fields.key)!;
  const set = (patch: Partial<FilterFields>) => onChange({ ...fields, ...patch });
  const active = fields.value !== '' || fields.from !== '' || fields.to !== '';
  return (
    <form className="trail-filter" aria-label="Filter events" onSubmit={(event) => event.preventDefault()}>
      <div className="field trail-filter__field">
        <label htmlFor={`${id}-key`}>Lookup attribute</label>
        <select id={`${id}-key`} value={fields.key} onChange={(event) => set({ key: event.target.value as LookupAttributeKey, value: '' })}>
          {ATTRIBUTES.map((item) => (
            <option key={item.key} value={item.key}>
              {item.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field trail-filter__field trail-filter__field--wide">
        <label htmlFor={`${id}-value`}>{attribute.label}</label>
        {fields.key === 'ReadOnly' ? (
          <select id={`${id}-value`} value={fields.value} onChange={(event) => set({ value: event.target.value })}>
            <option value="">Any</option>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : (
          <input
            id={`${id}-value`}
            type="search"
            value={fields.value}
            placeholder={attribute.example}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => set({ value: event.target.value })}
          />
        )}
      </div>
      <div className="field trail-filter__field">
        <label htmlFor={`${id}-from`}>From (UTC)</label>
        <input id={`${id}-from`} type="datetime-local" step={1} value={fields.from} onChange={(event) => set({ from: event.target.value })} />
      </div>
      <div className="field trail-filter__field">
        <label htmlFor={`${id}-to`}>To (UTC)</label>
        <input id={`${id}-to`} type="datetime-local" step={1} value={fields.to} onChange={(event) => set({ to: event.target.value })} />
      </div>
      <button type="button" className="button button--secondary button--small trail-filter__clear" disabled={!active} onClick={() => onChange(NO_FILTER)}>
        Clear filter
      </button>
    </form>
  );
}
