import { formatSimulatedMinute as formatDate } from '../../components/simulated-time';
import { timeLeft } from './countdown';
import { DescriptionForm } from './description-form';
import type { AliasEntry } from './load-keys';
import type { KeyMetadata } from './use-key';

/** The key's general configuration, every value from DescribeKey and ListAliases. */
export function GeneralTab({ metadata, aliases, now }: { metadata: KeyMetadata; aliases: readonly AliasEntry[]; now: number }) {
  return (
    <div className="tab-body">
      <dl className="facts facts--wide">
        <dt>ARN</dt>
        <dd className="facts__code">{metadata.Arn}</dd>
        <dt>Key ID</dt>
        <dd className="facts__code">{metadata.KeyId}</dd>
        <dt>Aliases</dt>
        <dd>{aliases.length === 0 ? 'None' : aliases.map((alias) => alias.AliasName).join(', ')}</dd>
        <dt>Status</dt>
        <dd>
          <span className={`key-state key-state--${metadata.KeyState}`}>{metadata.KeyState}</span>
        </dd>
        {metadata.DeletionDate && (
          <>
            <dt>Scheduled deletion date</dt>
            <dd>
              {formatDate(metadata.DeletionDate.getTime())} ({timeLeft(metadata.DeletionDate.getTime(), now)})
            </dd>
          </>
        )}
        <dt>Creation date</dt>
        <dd>{formatDate(metadata.CreationDate.getTime())}</dd>
        <dt>Description</dt>
        <dd>{metadata.Description === '' ? 'None' : metadata.Description}</dd>
        <dt>Key spec</dt>
        <dd>{metadata.KeySpec}</dd>
        <dt>Key usage</dt>
        <dd>{metadata.KeyUsage}</dd>
        <dt>Encryption algorithms</dt>
        <dd>{(metadata.EncryptionAlgorithms ?? []).join(', ') || 'None'}</dd>
        <dt>Origin</dt>
        <dd>{metadata.Origin}</dd>
        <dt>Regionality</dt>
        <dd>{metadata.MultiRegion ? 'Multi-Region' : 'Single-Region'}</dd>
        <dt>Key manager</dt>
        <dd>{metadata.KeyManager === 'AWS' ? 'AWS managed' : 'Customer managed'}</dd>
        {metadata.CurrentKeyMaterialId && (
          <>
            <dt>Current key material ID</dt>
            <dd className="facts__code">{metadata.CurrentKeyMaterialId}</dd>
          </>
        )}
      </dl>
      {metadata.KeyManager !== 'AWS' && <DescriptionForm keyId={metadata.KeyId} description={metadata.Description} />}
    </div>
  );
}
