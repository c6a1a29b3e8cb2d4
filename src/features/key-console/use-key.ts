import { useEffect, useState } from 'react';
import type { CallError } from '../../stores/engine-store';
import { useCall, useChangeStamp } from './console-env';
import { listAll, type AliasEntry } from './load-keys';

/** The members of KeyMetadata the key page shows, as DescribeKey returns them. */
export interface KeyMetadata {
  KeyId: string;
  Arn: string;
  AWSAccountId: string;
  CreationDate: Date;
  Enabled: boolean;
  Description: string;
  KeyUsage: string;
  KeyState: string;
  DeletionDate?: Date;
  Origin: string;
  KeyManager: string;
  KeySpec: string;
  EncryptionAlgorithms?: string[];
  MultiRegion?: boolean;
  CurrentKeyMaterialId?: string;
}

export type KeyView =
  | { status: 'loading' }
  | { status: 'failed'; error: CallError }
  | { status: 'ready'; metadata: KeyMetadata; aliases: AliasEntry[] };

/** One key read with DescribeKey and ListAliases, read again after any change the console may show. */
export function useKey(keyId: string): KeyView {
  const call = useCall();
  const { ready, scope, stamp } = useChangeStamp();
  const [view, setView] = useState<{ for: string; view: KeyView }>({ for: '', view: { status: 'loading' } });
  const identity = `${keyId}|${scope}`;

  useEffect(() => {
    if (!ready) return;
    let current = true;
    void (async () => {
      const described = await call('DescribeKey', { KeyId: keyId });
      if (!current) return;
      if (!described.ok) return setView({ for: identity, view: { status: 'failed', error: described.error } });
      const metadata = described.output.KeyMetadata as KeyMetadata;
      const aliases = await listAll<AliasEntry>(call, 'ListAliases', { KeyId: metadata.KeyId }, 'Aliases');
      if (!current) return;
      setView({ for: identity, view: { status: 'ready', metadata, aliases: aliases.ok ? aliases.value : [] } });
    })();
    return () => {
      current = false;
    };
  }, [call, keyId, ready, stamp, identity]);

  // A view read for another key, Region or identity is not this one's: show loading, not stale facts.
  return view.for === identity ? view.view : { status: 'loading' };
}
