// The data key's short life (ENV-11): one KMS call returns it in plaintext, WebCrypto imports it as a
// non-extractable AES-GCM key, and the plaintext buffer is overwritten at once — before a single
// frame is sealed or opened. From then on the only copy this code can reach is the opaque CryptoKey.

import type { SendContext } from '../engine/index';
import { isAllZero, utf8, wipe } from './bytes';
import { EnvelopeError, needs } from './errors';
import type { Reporter } from './events';
import { DATA_KEY_BYTES, MAX_ENCRYPTED_DATA_KEY_BYTES, MAX_KEY_ARN_BYTES, type EncryptionContext } from './format';

/** A KMS client as the engine's `kms.send` is one: an AWS operation name and AWS member names. */
export interface EnvelopeKmsClient {
  send(operation: string, input: Record<string, unknown>, context?: SendContext): Promise<Record<string, unknown>>;
}

export interface DataKey {
  key: CryptoKey;
  keyArn: string;
}

const contextMember = (context: EncryptionContext) => (Object.keys(context).length > 0 ? { EncryptionContext: context } : {});

async function callKms(
  kms: EnvelopeKmsClient,
  operation: 'GenerateDataKey' | 'Decrypt',
  input: Record<string, unknown>,
  context: SendContext | undefined,
): Promise<Record<string, unknown>> {
  try {
    return await kms.send(operation, input, context);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    const code = operation === 'Decrypt' ? 'KMS_DECRYPT_FAILED' : 'KMS_GENERATE_DATA_KEY_FAILED';
    const hint =
      operation === 'Decrypt' && name === 'InvalidCiphertextException'
        ? ' The encrypted data key or the encryption context is not what the KMS key sealed: the header was changed, or the context is wrong.'
        : '';
    const said = message.trim() === '' ? '.' : `: ${message.trim()}${/[.!?]$/.test(message.trim()) ? '' : '.'}`;
    throw new EnvelopeError(code, `KMS refused ${operation} of the data key with ${name}${said}${hint}`, { kmsErrorName: name, cause: error });
  }
}

/**
 * Imports the plaintext key and wipes it whatever happens, then reports the wipe with proof. The
 * WebCrypto spec's importKey takes a copy of keyData before it returns its promise, so the wipe
 * cannot race the import; we wipe after the import settles all the same.
 */
async function importAndWipe(plaintext: Uint8Array, usage: KeyUsage, reporter: Reporter): Promise<CryptoKey> {
  try {
    /* Precondition: the plaintext data key is 32 bytes (AES_256). */
    needs(plaintext.length === DATA_KEY_BYTES, 'KMS_RESPONSE_INVALID', `KMS returned a ${plaintext.length}-byte data key; AES_256 needs ${DATA_KEY_BYTES}.`);
    return await globalThis.crypto.subtle.importKey('raw', plaintext as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, [usage]);
  } finally {
    wipe(plaintext);
    reporter.emit({ type: 'data-key-wiped', bytes: plaintext.length, allZero: isAllZero(plaintext), buffer: plaintext });
  }
}

function plaintextOf(response: Record<string, unknown>, operation: string): Uint8Array {
  const plaintext = response.Plaintext;
  /* Precondition: KMS returned the plaintext data key as bytes. */
  needs(plaintext instanceof Uint8Array, 'KMS_RESPONSE_INVALID', `The KMS client's ${operation} response has no Plaintext bytes.`);
  return plaintext;
}

/** GenerateDataKey (AES_256) once, for the whole file. */
export async function generateDataKey(
  kms: EnvelopeKmsClient,
  keyId: string,
  encryptionContext: EncryptionContext,
  sendContext: SendContext | undefined,
  reporter: Reporter,
): Promise<DataKey & { encryptedDataKey: Uint8Array }> {
  const response = await callKms(kms, 'GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', ...contextMember(encryptionContext) }, sendContext);
  const plaintext = plaintextOf(response, 'GenerateDataKey');
  let key: CryptoKey | undefined;
  try {
    const { CiphertextBlob: encryptedDataKey, KeyId: keyArn } = response;
    /* Precondition: KMS returned the encrypted data key and the key ARN, small enough for the header. */
    needs(
      encryptedDataKey instanceof Uint8Array && encryptedDataKey.length >= 1 && encryptedDataKey.length <= MAX_ENCRYPTED_DATA_KEY_BYTES,
      'KMS_RESPONSE_INVALID',
      `The KMS client's GenerateDataKey response has no CiphertextBlob of 1–${MAX_ENCRYPTED_DATA_KEY_BYTES} bytes.`,
    );
    needs(
      typeof keyArn === 'string' && keyArn.length >= 1 && utf8(keyArn).length <= MAX_KEY_ARN_BYTES,
      'KMS_RESPONSE_INVALID',
      `The KMS client's GenerateDataKey response has no KeyId of 1–${MAX_KEY_ARN_BYTES} bytes.`,
    );
    reporter.emit({
      type: 'data-key-generated',
      keyArn,
      plaintextKeyBytes: plaintext.length,
      encryptedKeyBytes: encryptedDataKey.length,
      encryptionContext,
    });
    key = await importAndWipe(plaintext, 'encrypt', reporter);
    return { key, keyArn, encryptedDataKey: encryptedDataKey.slice() };
  } finally {
    // Every path out wipes: importAndWipe did it already on the normal one; this covers a bad response.
    if (!key) wipe(plaintext);
  }
}

/** Decrypt of the header's encrypted data key, once, under the header's encryption context. */
export async function decryptDataKey(
  kms: EnvelopeKmsClient,
  header: { keyArn: string; encryptedDataKey: Uint8Array; encryptionContext: EncryptionContext },
  keyId: string | undefined,
  sendContext: SendContext | undefined,
  reporter: Reporter,
): Promise<DataKey> {
  // ENV-13: KeyId pins the KMS key (the caller's, else the header's), so KMS refuses a data key that
  // some other key sealed instead of quietly using whichever key the package names.
  const response = await callKms(
    kms,
    'Decrypt',
    { CiphertextBlob: header.encryptedDataKey, KeyId: keyId ?? header.keyArn, ...contextMember(header.encryptionContext) },
    sendContext,
  );
  const plaintext = plaintextOf(response, 'Decrypt');
  let key: CryptoKey | undefined;
  try {
    const keyArn = typeof response.KeyId === 'string' ? response.KeyId : header.keyArn;
    reporter.emit({
      type: 'data-key-decrypted',
      keyArn,
      plaintextKeyBytes: plaintext.length,
      encryptedKeyBytes: header.encryptedDataKey.length,
      encryptionContext: header.encryptionContext,
    });
    key = await importAndWipe(plaintext, 'decrypt', reporter);
    return { key, keyArn };
  } finally {
    if (!key) wipe(plaintext);
  }
}
