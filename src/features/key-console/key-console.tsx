import { useMemo } from 'react';
import type { EngineStore } from '../../stores/engine-store';
import { ConsoleContext } from './console-env';
import { CreateWizard } from './create-wizard';
import { KeyList } from './key-list';
import { KeyPage } from './key-page';
import '../../styles/key-console.css';

export interface KeyConsoleProps {
  store: EngineStore;
  region: string;
  /** The acting identity's ARN, or null for the account's Admin user. */
  principal: string | null;
  /** The path below #/keys: '' for the list, 'create' for the wizard, a key ID for its page. */
  subPath: string;
}

/** The Keys section: the list, the create-key wizard or a key's page, by the path below #/keys. */
export default function KeyConsole({ store, region, principal, subPath }: KeyConsoleProps) {
  const env = useMemo(() => ({ store, region, principal }), [store, region, principal]);
  return (
    <ConsoleContext value={env}>
      <div className="key-console">
        {subPath === '' ? <KeyList /> : subPath === 'create' ? <CreateWizard /> : <KeyPage key={subPath} keyId={decodeURIComponent(subPath)} />}
      </div>
    </ConsoleContext>
  );
}
