import { useEffect, useId, useState, type FormEvent } from 'react';
import { aliasProblem, fullAliasName } from './alias-name';
import { useCall, useChangeStamp } from './console-env';
import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { listAll, type AliasEntry } from './load-keys';
import { OutcomeStatus, type Outcome } from './outcome';
import type { KeyMetadata } from './use-key';

interface ListedAlias extends AliasEntry {
  CreationDate?: Date;
}

/** The key's aliases: create one, delete one, or move another key's alias here (UpdateAlias). */
export function AliasesTab({ metadata }: { metadata: KeyMetadata }) {
  const ids = { name: useId(), nameNote: useId(), move: useId(), title: useId() };
  const call = useCall();
  const { ready, stamp } = useChangeStamp();
  const [all, setAll] = useState<ListedAlias[]>([]);
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [moving, setMoving] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const keyId = metadata.KeyId;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void listAll<ListedAlias>(call, 'ListAliases', {}, 'Aliases').then((listed) => {
      if (current && listed.ok) setAll(listed.value);
    });
    return () => {
      current = false;
    };
  }, [call, ready, stamp]);

  const mine = all.filter((alias) => alias.TargetKeyId === keyId);
  // UpdateAlias moves an alias between customer managed keys; AWS managed aliases cannot move.
  const others = all.filter((alias) => alias.TargetKeyId !== undefined && alias.TargetKeyId !== keyId && !alias.AliasName.startsWith('alias/aws/'));
  const problem = aliasProblem(name);

  async function run(operation: string, input: Record<string, unknown>, done: string) {
    setOutcome({ kind: 'working', text: `${operation}…` });
    const outcome = await call(operation, input);
    setOutcome(outcome.ok ? { kind: 'success', text: done } : { kind: 'error', error: outcome.error, action: operation });
    return outcome.ok;
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (problem || name.trim() === '') return;
    const aliasName = fullAliasName(name);
    if (await run('CreateAlias', { AliasName: aliasName, TargetKeyId: keyId }, `Created ${aliasName}.`)) {
      setName('');
      setTouched(false);
    }
  }

  async function move(event: FormEvent) {
    event.preventDefault();
    if (moving === '') return;
    if (await run('UpdateAlias', { AliasName: moving, TargetKeyId: keyId }, `${moving} now points to this key.`)) setMoving('');
  }

  return (
    <div className="tab-body">
      <h3 id={ids.title}>Aliases of this key</h3>
      {mine.length === 0 ? (
        <p className="field__note">This key has no alias.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={ids.title} tabIndex={0}>
          <table className="console-table">
            <thead>
              <tr>
                <th scope="col">Alias name</th>
                <th scope="col">Alias ARN</th>
                <th scope="col">Creation date</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mine.map((alias) => (
                <tr key={alias.AliasName}>
                  <td>{alias.AliasName}</td>
                  <td className="facts__code">{alias.AliasArn}</td>
                  <td>{alias.CreationDate ? formatDate(alias.CreationDate.getTime()) : ''}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      onClick={() => void run('DeleteAlias', { AliasName: alias.AliasName }, `Deleted ${alias.AliasName}. The key itself is unchanged.`)}
                    >
                      Delete<span className="visually-hidden"> {alias.AliasName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="inline-form" onSubmit={(event) => void create(event)} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>New alias</label>
          <div className="wizard__alias">
            <span className="wizard__alias-prefix" aria-hidden="true">
              alias/
            </span>
            <input
              id={ids.name}
              value={name}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={touched && problem !== null}
              aria-describedby={ids.nameNote}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <p id={ids.nameNote} className={touched && problem ? 'field__note field__note--error' : 'field__note'}>
            {touched && problem ? problem : 'Letters, numbers, /, _, - and :. Unique in this Region.'}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          Create alias
        </button>
      </form>
      {others.length > 0 && (
        <form className="inline-form" onSubmit={(event) => void move(event)}>
          <div className="field">
            <label htmlFor={ids.move}>Move an alias of another key here</label>
            <select id={ids.move} value={moving} onChange={(event) => setMoving(event.target.value)}>
              <option value="">Choose an alias</option>
              {others.map((alias) => (
                <option key={alias.AliasName} value={alias.AliasName}>
                  {alias.AliasName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={moving === ''}>
            Update alias
          </button>
        </form>
      )}
      <OutcomeStatus outcome={outcome} />
    </div>
  );
}
