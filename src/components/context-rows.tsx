import { useId } from 'react';
import '../styles/context-rows.css';

// An encryption context as editable key=value rows. Presentational: the rows live with the caller,
// and contextFromRows() turns them into the object KMS takes (or says, in words, what is wrong).

export interface ContextRow {
  id: number;
  key: string;
  value: string;
}

let nextRowId = 1;
export const contextRow = (key = '', value = ''): ContextRow => ({ id: nextRowId++, key, value });

export type RowsResult = { ok: true; context: Record<string, string> | undefined } | { ok: false; problem: string };

export function contextFromRows(rows: readonly ContextRow[]): RowsResult {
  const context: Record<string, string> = {};
  for (const [i, row] of rows.entries()) {
    const key = row.key.trim();
    if (key === '' && row.value.trim() === '') continue;
    if (key === '') return { ok: false, problem: `Pair ${i + 1} has a value but no key.` };
    if (Object.hasOwn(context, key)) return { ok: false, problem: `The key “${key}” appears twice; each key may appear once.` };
    context[key] = row.value.trim();
  }
  return { ok: true, context: Object.keys(context).length > 0 ? context : undefined };
}

interface ContextRowsProps {
  rows: readonly ContextRow[];
  onChange: (rows: ContextRow[]) => void;
  legend?: string;
  hint?: string;
  disabled?: boolean;
}

export function ContextRows({ rows, onChange, legend = 'Encryption context', hint, disabled = false }: ContextRowsProps) {
  const hintId = useId();
  const problemId = useId();
  const result = contextFromRows(rows);
  const update = (id: number, change: Partial<ContextRow>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  return (
    <fieldset className="context-rows" aria-describedby={[hint ? hintId : '', result.ok ? '' : problemId].filter(Boolean).join(' ') || undefined} disabled={disabled}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__note">
          {hint}
        </p>
      )}
      {rows.map((row, i) => (
        <div key={row.id} className="context-rows__row">
          <input aria-label={`Key ${i + 1}`} placeholder="key" value={row.key} spellCheck={false} onChange={(event) => update(row.id, { key: event.target.value })} />
          <span aria-hidden="true">=</span>
          <input aria-label={`Value ${i + 1}`} placeholder="value" value={row.value} spellCheck={false} onChange={(event) => update(row.id, { value: event.target.value })} />
          <button type="button" className="button button--secondary button--small context-rows__remove" aria-label={`Remove pair ${i + 1}`} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...rows, contextRow()])}>
        Add a pair
      </button>
      {!result.ok && (
        <p id={problemId} className="field__note field__note--error">
          {result.problem}
        </p>
      )}
    </fieldset>
  );
}
