import { useState } from 'react';
import { AliasesTab } from './aliases-tab';
import { useClockNow } from './console-env';
import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { GeneralTab } from './general-tab';
import { KeyActions } from './key-actions';
import { OutcomeStatus } from './outcome';
import { PolicyTab } from './policy-tab';
import { RotationTab } from './rotation-tab';
import { Tabs } from './tabs';
import { TagsTab } from './tags-tab';
import { TryIt } from './try-it';
import { useKey } from './use-key';

const TABS = [
  { id: 'general', label: 'General configuration' },
  { id: 'policy', label: 'Key policy' },
  { id: 'rotation', label: 'Key rotation' },
  { id: 'aliases', label: 'Aliases' },
  { id: 'tags', label: 'Tags' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** One key: its actions, its tabs and the Try it panel. */
export function KeyPage({ keyId }: { keyId: string }) {
  const view = useKey(keyId);
  const now = useClockNow();
  const [tab, setTab] = useState<TabId>('general');

  if (view.status === 'loading') return <p className="page-loading">Reading the key…</p>;
  if (view.status === 'failed') {
    return (
      <div className="key-page">
        <OutcomeStatus outcome={{ kind: 'error', error: view.error, action: 'DescribeKey' }} />
        <p>
          <a href="#/keys">Back to the key list</a>
        </p>
      </div>
    );
  }

  const { metadata, aliases } = view;
  const manageable = metadata.KeyManager !== 'AWS';
  return (
    <div className="key-page">
      <p className="key-page__summary">
        <span className={`key-state key-state--${metadata.KeyState}`}>{metadata.KeyState}</span>{' '}
        {aliases.length > 0 && <strong>{aliases.map((alias) => alias.AliasName).join(', ')}</strong>}{' '}
        <span className="key-page__meta">
          {metadata.KeySpec} · created {formatDate(metadata.CreationDate.getTime())}
        </span>
      </p>
      <KeyActions metadata={metadata} now={now} />
      <Tabs label="Key details" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'general' && <GeneralTab metadata={metadata} aliases={aliases} now={now} />}
        {tab === 'policy' && <PolicyTab metadata={metadata} />}
        {tab === 'rotation' && <RotationTab metadata={metadata} />}
        {tab === 'aliases' && <AliasesTab metadata={metadata} />}
        {tab === 'tags' && <TagsTab metadata={metadata} />}
      </Tabs>
      {manageable && <TryIt keyId={metadata.KeyId} />}
    </div>
  );
}
