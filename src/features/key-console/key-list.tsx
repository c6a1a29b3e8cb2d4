import { useEffect, useId, useMemo, useState } from 'react';
import type { CallError } from '../../stores/engine-store';
import { useCall, useChangeStamp, useConsoleEnv } from './console-env';
import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { filterRows, nextOrder, sortRows, type KeyRow, type SortColumn, type SortOrder } from './key-rows';
import { loadKeyRows } from './load-keys';
import { OutcomeStatus } from './outcome';
import { Tabs } from './tabs';

const COLUMNS: readonly { id: SortColumn; label: string }[] = [
  { id: 'aliases', label: 'Aliases' },
  { id: 'keyId', label: 'Key ID' },
  { id: 'status', label: 'Status' },
  { id: 'keySpec', label: 'Key spec' },
  { id: 'creationDate', label: 'Creation date' },
];

type Manager = 'CUSTOMER' | 'AWS';

/** The Region's keys: customer managed, and AWS managed in a tab of their own once any exist. */
export function KeyList() {
  const { region } = useConsoleEnv();
  const call = useCall();
  const { ready, stamp } = useChangeStamp();
  const [rows, setRows] = useState<{ region: string; rows: KeyRow[] } | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const [manager, setManager] = useState<Manager>('CUSTOMER');

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void loadKeyRows(call).then((loaded) => {
      if (!current) return;
      if (loaded.ok) {
        setRows({ region, rows: loaded.value });
        setError(null);
      } else setError(loaded.error);
    });
    return () => {
      current = false;
    };
  }, [call, region, ready, stamp]);

  const shown = rows?.region === region ? rows.rows : null;
  const awsManaged = shown?.filter((row) => row.keyManager === 'AWS') ?? [];
  const customer = shown?.filter((row) => row.keyManager !== 'AWS') ?? [];
  const tab = awsManaged.length > 0 ? manager : 'CUSTOMER';

  const table = (
    <KeyTable
      rows={tab === 'AWS' ? awsManaged : customer}
      loading={shown === null}
      caption={tab === 'AWS' ? `AWS managed keys in ${region}` : `Customer managed keys in ${region}`}
    />
  );

  return (
    <div className="key-list">
      <div className="key-list__bar">
        <p className="key-list__lead">
          The KMS keys of this account in <strong>{region}</strong>. Keys never leave their Region: switch the Region in the header to see
          another Region&rsquo;s keys.
        </p>
        <a className="button button--primary" href="#/keys/create">
          Create key
        </a>
      </div>
      {error && <OutcomeStatus outcome={{ kind: 'error', error, action: 'Listing keys' }} />}
      {awsManaged.length > 0 ? (
        <Tabs
          label="Key types"
          tabs={[
            { id: 'CUSTOMER', label: 'Customer managed keys' },
            { id: 'AWS', label: 'AWS managed keys' },
          ]}
          selected={tab}
          onSelect={setManager}
        >
          {table}
        </Tabs>
      ) : (
        table
      )}
    </div>
  );
}

function KeyTable({ rows, loading, caption }: { rows: readonly KeyRow[]; loading: boolean; caption: string }) {
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useState<SortOrder>({ column: 'creationDate', direction: 'descending' });
  const visible = useMemo(() => sortRows(filterRows(rows, filter), order), [rows, filter, order]);
  const orderWords = `sorted by ${COLUMNS.find((c) => c.id === order.column)!.label.toLowerCase()}, ${order.direction}`;

  return (
    <div className="key-table">
      <div className="field key-table__filter">
        <label htmlFor={filterId}>Filter keys</label>
        <input id={filterId} type="search" value={filter} placeholder="Alias, key ID, status…" onChange={(event) => setFilter(event.target.value)} />
      </div>
      <p role="status" className="key-table__count">
        {loading ? 'Loading keys…' : `${visible.length} of ${rows.length} ${rows.length === 1 ? 'key' : 'keys'}, ${orderWords}.`}
      </p>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="console-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.id} scope="col" aria-sort={order.column === column.id ? order.direction : undefined}>
                  <button type="button" className="console-table__sort" onClick={() => setOrder((current) => nextOrder(current, column.id))}>
                    {column.label}
                    <span className="console-table__arrow" aria-hidden="true">
                      {order.column === column.id ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.keyId}>
                <td>
                  {row.aliases.length === 0 ? (
                    <span className="console-table__none">-</span>
                  ) : (
                    row.aliases.map((alias) => (
                      <a key={alias} className="console-table__alias" href={`#/keys/${row.keyId}`}>
                        {alias.replace(/^alias\//, '')}
                      </a>
                    ))
                  )}
                </td>
                <td>
                  <a className="console-table__id" href={`#/keys/${row.keyId}`}>
                    {row.keyId}
                  </a>
                </td>
                <td>
                  <span className={`key-state key-state--${row.status}`}>{row.status}</span>
                </td>
                <td>{row.keySpec}</td>
                <td>{formatDate(row.creationDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!loading && rows.length === 0 && <p className="key-table__empty">No keys in this Region yet. Create one to start.</p>}
      {!loading && rows.length > 0 && visible.length === 0 && <p className="key-table__empty">No key matches “{filter}”.</p>}
    </div>
  );
}
