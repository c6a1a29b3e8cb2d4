import { useId } from 'react';

export interface Pair {
  key: string;
  value: string;
}

interface PairRowsProps {
  /** What the pairs are, e.g. "Tag" or "Encryption context pair"; labels read "Tag 1 key". */
  noun: string;
  keyLabel: string;
  valueLabel: string;
  pairs: readonly Pair[];
  onChange: (pairs: Pair[]) => void;
}

/** Key and value rows a learner adds and removes, as the AWS console edits tags and context. */
export function PairRows({ noun, keyLabel, valueLabel, pairs, onChange }: PairRowsProps) {
  const base = useId();
  const set = (index: number, change: Partial<Pair>) => onChange(pairs.map((pair, i) => (i === index ? { ...pair, ...change } : pair)));
  return (
    <div className="pair-rows">
      {pairs.length > 0 && (
        <ul className="pair-rows__list">
          {pairs.map((pair, index) => (
            <li key={index} className="pair-rows__row">
              <div className="field">
                <label htmlFor={`${base}-k${index}`}>
                  {keyLabel}
                  <span className="visually-hidden"> {index + 1}</span>
                </label>
                <input id={`${base}-k${index}`} value={pair.key} spellCheck={false} onChange={(event) => set(index, { key: event.target.value })} />
              </div>
              <div className="field">
                <label htmlFor={`${base}-v${index}`}>
                  {valueLabel}
                  <span className="visually-hidden"> {index + 1}</span>
                </label>
                <input id={`${base}-v${index}`} value={pair.value} spellCheck={false} onChange={(event) => set(index, { value: event.target.value })} />
              </div>
              <button type="button" className="button pair-rows__remove" onClick={() => onChange(pairs.filter((_, i) => i !== index))}>
                Remove<span className="visually-hidden"> {noun.toLowerCase()} {index + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => onChange([...pairs, { key: '', value: '' }])}>
        Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
