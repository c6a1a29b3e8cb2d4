// The cryptographic operations: Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext) and
// GenerateRandom. Key material stays in the HSM; these handlers only choose the key version, check
// the rules, and pass tokens and data across the boundary.

import { KmsError, kmsErrors } from '../errors';
import { parseCiphertext } from '../crypto/ciphertext';
import { encodeEncryptionContext } from '../crypto/encryption-context';
import { currentVersion, type KeyRecord, type KeyVersion } from '../keys/key-record';
import { blob, int, required, str } from '../shapes';
import type { OperationContext } from './types';
import { defineOperation } from './types';
import {
  CIPHERTEXT,
  DRY_RUN,
  DRY_RUN_MODIFIERS,
  ENCRYPTION_ALGORITHM,
  ENCRYPTION_CONTEXT,
  GRANT_TOKENS,
  KEY_ID,
  RECIPIENT,
  contextParameter,
  refuseRecipient,
  requireSymmetricAlgorithm,
} from './common';

const ref = (key: KeyRecord, version: KeyVersion) => ({ keyArn: key.arn, token: version.token });

/** A ciphertext names its key and key version; find both, or fail the way AWS does. */
function keyOfCiphertext(ctx: OperationContext, ciphertext: Uint8Array, role?: 'source') {
  const parsed = parseCiphertext(ciphertext);
  if (!parsed.ok) throw kmsErrors.invalidCiphertext(parsed.reason);
  const key = ctx.view.key(parsed.header.keyId);
  if (!key) throw kmsErrors.ciphertextKeyUnknown();
  ctx.noteKey(key, 'ciphertext', role);
  const version = key.versions.find((v) => v.keyMaterialId === parsed.header.keyMaterialId);
  return { key, version };
}

/** When the caller names a KeyId for a ciphertext, it must be the key that made it. */
function requireSameKey(ctx: OperationContext, keyId: string | undefined, key: KeyRecord, role?: 'source'): void {
  if (keyId === undefined) return;
  const named = ctx.resolveKey(keyId, { aliases: true, ...(role && { role }) });
  if (named.keyId !== key.keyId) throw kmsErrors.incorrectKey();
}

function dataKeyLength(input: { KeySpec?: string; NumberOfBytes?: number }): number {
  if (input.KeySpec !== undefined && input.NumberOfBytes !== undefined) {
    throw new KmsError('ValidationException', 'Please specify either number of bytes or key spec, not both.');
  }
  if (input.KeySpec === undefined && input.NumberOfBytes === undefined) {
    throw new KmsError('ValidationException', 'Please specify either number of bytes or key spec.');
  }
  return input.KeySpec === 'AES_128' ? 16 : input.KeySpec === 'AES_256' ? 32 : input.NumberOfBytes!;
}

interface EncryptInput {
  KeyId: string;
  Plaintext: Uint8Array;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
  DryRun?: boolean;
}

export const Encrypt = defineOperation({
  name: 'Encrypt',
  action: 'kms:Encrypt',
  readOnly: true,
  mutates: false,
  members: {
    KeyId: required(KEY_ID),
    Plaintext: required(blob(1, 4096)),
    EncryptionContext: ENCRYPTION_CONTEXT,
    GrantTokens: GRANT_TOKENS,
    EncryptionAlgorithm: ENCRYPTION_ALGORITHM,
    DryRun: DRY_RUN,
  },
  requestParameters: (input: EncryptInput) => ({
    keyId: input.KeyId,
    encryptionAlgorithm: input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
    ...contextParameter('encryptionContext', input.EncryptionContext),
  }),
  async run(ctx, input: EncryptInput) {
    const key = ctx.resolveKey(input.KeyId, { aliases: true });
    ctx.requireState(key);
    requireSymmetricAlgorithm(input.EncryptionAlgorithm, key.arn);
    if (input.DryRun) throw kmsErrors.dryRun();
    const version = currentVersion(key);
    ctx.usedKeyMaterial(version);
    const { ciphertext } = await ctx.hsm({
      op: 'Encrypt',
      key: ref(key, version),
      plaintext: input.Plaintext,
      context: encodeEncryptionContext(input.EncryptionContext),
    });
    return { CiphertextBlob: ciphertext, KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
  },
});

interface DecryptInput {
  CiphertextBlob?: Uint8Array;
  EncryptionContext?: Record<string, string>;
  KeyId?: string;
  EncryptionAlgorithm?: string;
  Recipient?: unknown;
  DryRun?: boolean;
  DryRunModifiers?: string[];
}

export const Decrypt = defineOperation({
  name: 'Decrypt',
  action: 'kms:Decrypt',
  readOnly: true,
  mutates: false,
  members: {
    CiphertextBlob: CIPHERTEXT,
    EncryptionContext: ENCRYPTION_CONTEXT,
    GrantTokens: GRANT_TOKENS,
    KeyId: KEY_ID,
    EncryptionAlgorithm: ENCRYPTION_ALGORITHM,
    Recipient: RECIPIENT,
    DryRun: DRY_RUN,
    DryRunModifiers: DRY_RUN_MODIFIERS,
  },
  requestParameters: (input: DecryptInput) => ({
    ...(input.KeyId !== undefined && { keyId: input.KeyId }),
    encryptionAlgorithm: input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
    ...contextParameter('encryptionContext', input.EncryptionContext),
  }),
  async run(ctx, input: DecryptInput) {
    refuseRecipient(input.Recipient);
    // DryRun with IGNORE_CIPHERTEXT checks only the caller's right to use the named key.
    if (input.DryRun && input.DryRunModifiers?.includes('IGNORE_CIPHERTEXT')) {
      if (input.KeyId === undefined) {
        throw new KmsError('ValidationException', 'KeyId is required when DryRunModifiers includes IGNORE_CIPHERTEXT.');
      }
      ctx.requireState(ctx.resolveKey(input.KeyId, { aliases: true }));
      throw kmsErrors.dryRun();
    }
    if (input.CiphertextBlob === undefined) {
      throw new KmsError('ValidationException', "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null");
    }
    const { key, version } = keyOfCiphertext(ctx, input.CiphertextBlob);
    requireSameKey(ctx, input.KeyId, key);
    ctx.requireState(key);
    requireSymmetricAlgorithm(input.EncryptionAlgorithm, key.arn);
    if (!version) throw kmsErrors.invalidCiphertext('The ciphertext names key material this key does not have.');
    if (input.DryRun) throw kmsErrors.dryRun();
    ctx.usedKeyMaterial(version);
    const { plaintext } = await ctx.hsm({
      op: 'Decrypt',
      key: ref(key, version),
      ciphertext: input.CiphertextBlob,
      context: encodeEncryptionContext(input.EncryptionContext),
    });
    return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT', KeyMaterialId: version.keyMaterialId };
  },
});

interface ReEncryptInput {
  CiphertextBlob?: Uint8Array;
  SourceEncryptionContext?: Record<string, string>;
  SourceKeyId?: string;
  DestinationKeyId: string;
  DestinationEncryptionContext?: Record<string, string>;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
  DryRun?: boolean;
  DryRunModifiers?: string[];
}

export const ReEncrypt = defineOperation({
  name: 'ReEncrypt',
  action: 'kms:ReEncryptFrom',
  readOnly: true,
  mutates: false,
  members: {
    CiphertextBlob: CIPHERTEXT,
    SourceEncryptionContext: ENCRYPTION_CONTEXT,
    SourceKeyId: KEY_ID,
    DestinationKeyId: required(KEY_ID),
    DestinationEncryptionContext: ENCRYPTION_CONTEXT,
    SourceEncryptionAlgorithm: ENCRYPTION_ALGORITHM,
    DestinationEncryptionAlgorithm: ENCRYPTION_ALGORITHM,
    GrantTokens: GRANT_TOKENS,
    DryRun: DRY_RUN,
    DryRunModifiers: DRY_RUN_MODIFIERS,
  },
  requestParameters: (input: ReEncryptInput) => ({
    ...(input.SourceKeyId !== undefined && { sourceKeyId: input.SourceKeyId }),
    ...contextParameter('sourceEncryptionContext', input.SourceEncryptionContext),
    destinationKeyId: input.DestinationKeyId,
    ...contextParameter('destinationEncryptionContext', input.DestinationEncryptionContext),
    sourceEncryptionAlgorithm: input.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
    destinationEncryptionAlgorithm: input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
  }),
  async run(ctx, input: ReEncryptInput) {
    if (input.CiphertextBlob === undefined) {
      throw new KmsError('ValidationException', "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null");
    }
    const { key: source, version: sourceVersion } = keyOfCiphertext(ctx, input.CiphertextBlob, 'source');
    requireSameKey(ctx, input.SourceKeyId, source, 'source');
    ctx.requireState(source);
    const destination = ctx.resolveKey(input.DestinationKeyId, { aliases: true, role: 'destination' });
    ctx.requireState(destination);
    requireSymmetricAlgorithm(input.SourceEncryptionAlgorithm, source.arn);
    requireSymmetricAlgorithm(input.DestinationEncryptionAlgorithm, destination.arn);
    if (!sourceVersion) throw kmsErrors.invalidCiphertext('The ciphertext names key material its key does not have.');
    if (input.DryRun) throw kmsErrors.dryRun();
    const destinationVersion = currentVersion(destination);
    ctx.usedKeyMaterial(sourceVersion);
    const { ciphertext } = await ctx.hsm({
      op: 'ReEncrypt',
      source: ref(source, sourceVersion),
      ciphertext: input.CiphertextBlob,
      sourceContext: encodeEncryptionContext(input.SourceEncryptionContext),
      destination: ref(destination, destinationVersion),
      destinationContext: encodeEncryptionContext(input.DestinationEncryptionContext),
    });
    return {
      CiphertextBlob: ciphertext,
      SourceKeyId: source.arn,
      KeyId: destination.arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      SourceKeyMaterialId: sourceVersion.keyMaterialId,
      DestinationKeyMaterialId: destinationVersion.keyMaterialId,
    };
  },
});

interface GenerateDataKeyInput {
  KeyId: string;
  EncryptionContext?: Record<string, string>;
  NumberOfBytes?: number;
  KeySpec?: string;
  Recipient?: unknown;
  DryRun?: boolean;
}

const dataKeyMembers = {
  KeyId: required(KEY_ID),
  EncryptionContext: ENCRYPTION_CONTEXT,
  NumberOfBytes: int(1, 1024),
  KeySpec: str({ enum: ['AES_256', 'AES_128'] }),
  GrantTokens: GRANT_TOKENS,
  DryRun: DRY_RUN,
};

const dataKeyParameters = (input: GenerateDataKeyInput) => ({
  keyId: input.KeyId,
  ...(input.KeySpec !== undefined && { keySpec: input.KeySpec }),
  ...(input.NumberOfBytes !== undefined && { numberOfBytes: input.NumberOfBytes }),
  ...contextParameter('encryptionContext', input.EncryptionContext),
});

async function generateDataKey(ctx: OperationContext, input: GenerateDataKeyInput, returnPlaintext: boolean) {
  const key = ctx.resolveKey(input.KeyId, { aliases: true });
  ctx.requireState(key);
  const numberOfBytes = dataKeyLength(input);
  if (input.DryRun) throw kmsErrors.dryRun();
  const version = currentVersion(key);
  ctx.usedKeyMaterial(version);
  const result = await ctx.hsm({
    op: 'GenerateDataKey',
    key: ref(key, version),
    numberOfBytes,
    context: encodeEncryptionContext(input.EncryptionContext),
    returnPlaintext,
  });
  return { key, version, result };
}

export const GenerateDataKey = defineOperation({
  name: 'GenerateDataKey',
  action: 'kms:GenerateDataKey',
  readOnly: true,
  mutates: false,
  members: { ...dataKeyMembers, Recipient: RECIPIENT },
  requestParameters: dataKeyParameters,
  async run(ctx, input: GenerateDataKeyInput) {
    refuseRecipient(input.Recipient);
    const { key, version, result } = await generateDataKey(ctx, input, true);
    return { CiphertextBlob: result.ciphertext, Plaintext: result.plaintext!, KeyId: key.arn, KeyMaterialId: version.keyMaterialId };
  },
});

export const GenerateDataKeyWithoutPlaintext = defineOperation({
  name: 'GenerateDataKeyWithoutPlaintext',
  action: 'kms:GenerateDataKeyWithoutPlaintext',
  readOnly: true,
  mutates: false,
  members: dataKeyMembers,
  requestParameters: dataKeyParameters,
  async run(ctx, input: GenerateDataKeyInput) {
    const { key, version, result } = await generateDataKey(ctx, input, false);
    return { CiphertextBlob: result.ciphertext, KeyId: key.arn, KeyMaterialId: version.keyMaterialId };
  },
});

interface GenerateRandomInput {
  NumberOfBytes?: number;
  CustomKeyStoreId?: string;
  Recipient?: unknown;
}

export const GenerateRandom = defineOperation({
  name: 'GenerateRandom',
  action: 'kms:GenerateRandom',
  readOnly: true,
  mutates: false,
  members: { NumberOfBytes: int(1, 1024), CustomKeyStoreId: str({ min: 1, max: 64 }), Recipient: RECIPIENT },
  requestParameters: (input: GenerateRandomInput) => (input.NumberOfBytes !== undefined ? { numberOfBytes: input.NumberOfBytes } : null),
  async run(ctx, input: GenerateRandomInput) {
    refuseRecipient(input.Recipient);
    if (input.CustomKeyStoreId !== undefined) {
      throw new KmsError('CustomKeyStoreNotFoundException', `Custom key store '${input.CustomKeyStoreId}' does not exist.`);
    }
    if (input.NumberOfBytes === undefined) {
      throw new KmsError('ValidationException', "1 validation error detected: Value null at 'numberOfBytes' failed to satisfy constraint: Member must not be null");
    }
    const { random } = await ctx.hsm({ op: 'GenerateRandom', numberOfBytes: input.NumberOfBytes });
    return { Plaintext: random };
  },
});
