import { useEffect, useId, useState, type FormEvent } from 'react';
import { useCall, useChangeStamp } from './console-env';
import { listAll } from './load-keys';
import { OutcomeStatus, type Outcome } from './outcome';
import type { KeyMetadata } from './use-key';

interface Tag {
  TagKey: string;
  TagValue: string;
}

/** The key's tags: ListResourceTags, TagResource (adds, or replaces the value of an existing key), UntagResource. */
export function TagsTab({ metadata }: { metadata: KeyMetadata }) {
  const ids = { key: useId(), value: useId(), title: useId() };
  const call = useCall();
  const { ready, stamp } = useChangeStamp();
  const [tags, setTags] = useState<Tag[]>([]);
  const [tagKey, setTagKey] = useState('');
  const [tagValue, setTagValue] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const keyId = metadata.KeyId;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void listAll<Tag>(call, 'ListResourceTags', { KeyId: keyId }, 'Tags').then((listed) => {
      if (current && listed.ok) setTags(listed.value);
    });
    return () => {
      current = false;
    };
  }, [call, keyId, ready, stamp]);

  async function run(operation: string, input: Record<string, unknown>, done: string) {
    setOutcome({ kind: 'working', text: `${operation}…` });
    const outcome = await call(operation, { KeyId: keyId, ...input });
    setOutcome(outcome.ok ? { kind: 'success', text: done } : { kind: 'error', error: outcome.error, action: operation });
    return outcome.ok;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    // No checks of our own: an empty or reserved tag key goes to KMS, and its TagException is shown.
    const replaced = tags.some((tag) => tag.TagKey === tagKey);
    if (await run('TagResource', { Tags: [{ TagKey: tagKey, TagValue: tagValue }] }, replaced ? `Changed the value of tag ${tagKey}.` : `Added tag ${tagKey}.`)) {
      setTagKey('');
      setTagValue('');
    }
  }

  return (
    <div className="tab-body">
      <h3 id={ids.title}>Tags</h3>
      {tags.length === 0 ? (
        <p className="field__note">This key has no tags.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={ids.title} tabIndex={0}>
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">Tag key</th>
                <th scope="col">Tag value</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={tag.TagKey}>
                  <td>{tag.TagKey}</td>
                  <td>{tag.TagValue}</td>
                  <td>
                    <button type="button" className="button" onClick={() => void run('UntagResource', { TagKeys: [tag.TagKey] }, `Removed tag ${tag.TagKey}.`)}>
                      Remove<span className="visually-hidden"> tag {tag.TagKey}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <div className="field">
          <label htmlFor={ids.key}>Tag key</label>
          <input id={ids.key} value={tagKey} spellCheck={false} onChange={(event) => setTagKey(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.value}>Tag value</label>
          <input id={ids.value} value={tagValue} spellCheck={false} onChange={(event) => setTagValue(event.target.value)} />
        </div>
        <button type="submit" className="button button--primary">
          Add or change tag
        </button>
      </form>
      <p className="field__note">Adding a tag key the key already has replaces its value.</p>
      <OutcomeStatus outcome={outcome} />
    </div>
  );
}
