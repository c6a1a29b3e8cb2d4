// The AWS Encryption SDK (the way real applications use KMS for envelope encryption) against the
// engine: its KMS keyring gets a real @aws-sdk/client-kms client whose transport is sdkRequestHandler.
// The ESDK calls client.generateDataKey / encrypt / decrypt, methods of the aggregated `KMS` class
// (KMSClient has only `send`), so the clientProvider builds a `KMS`.

import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildClient, CommitmentPolicy, KmsKeyringNode } from '@aws-crypto/client-node';
import { KMS } from '@aws-sdk/client-kms';
import { createKms, type Kms } from '../engine/index';
import { sdkRequestHandler } from './index';

const { encrypt, decrypt } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
// The simulated application role's access key: an application, not a person, uses the ESDK.
const credentials = { accessKeyId: 'ASIAKMSLABAPPROLE004', secretAccessKey: 'kms-lab-does-not-check-signatures' };
const context = { purpose: 'esdk-round-trip', tenant: 'acme' };

let kms: Kms;
let firstArn: string;
let secondArn: string;
const clientProvider = (region: string) => new KMS({ region, credentials, requestHandler: sdkRequestHandler(kms), maxAttempts: 1 });

const recordsFrom = (start: number) => kms.trail.entries().slice(start).map((entry) => entry.record);

beforeAll(async () => {
  kms = await createKms();
  firstArn = ((await kms.send('CreateKey', { Description: 'ESDK generator' })) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
  secondArn = ((await kms.send('CreateKey', { Description: 'ESDK second wrapping key' })) as { KeyMetadata: { Arn: string } }).KeyMetadata.Arn;
});

describe('AWS Encryption SDK through sdkRequestHandler', () => {
  it('encrypts 1 MiB under two KMS keys and decrypts it with either one', async () => {
    const plaintext = new Uint8Array(randomBytes(1024 * 1024));
    const start = kms.trail.entries().length;
    const keyring = new KmsKeyringNode({ generatorKeyId: firstArn, keyIds: [secondArn], clientProvider });

    const { result, messageHeader } = await encrypt(keyring, plaintext, { encryptionContext: context });
    // One encrypted data key per wrapping key: GenerateDataKey under the first, Encrypt under the second.
    expect(messageHeader.encryptedDataKeys.map((edk) => [edk.providerId, edk.providerInfo])).toEqual([
      ['aws-kms', firstArn],
      ['aws-kms', secondArn],
    ]);
    expect(result.length).toBeGreaterThan(plaintext.length);

    const both = await decrypt(keyring, result);
    expect(Buffer.compare(both.plaintext, plaintext)).toBe(0);
    expect(both.messageHeader.encryptionContext).toMatchObject(context);

    // A keyring that knows only the second key must unwrap the data key from its own EDK.
    const onlySecond = new KmsKeyringNode({ keyIds: [secondArn], clientProvider });
    const fromSecond = await decrypt(onlySecond, result);
    expect(Buffer.compare(fromSecond.plaintext, plaintext)).toBe(0);

    const records = recordsFrom(start);
    expect(records.map((r) => [r.eventName, r.resources?.[0]?.ARN, r.errorCode])).toEqual([
      ['GenerateDataKey', firstArn, undefined],
      ['Encrypt', secondArn, undefined],
      ['Decrypt', firstArn, undefined],
      ['Decrypt', secondArn, undefined],
    ]);
    // The encryption context is logged in the clear (with the ESDK's signing public key added to it).
    expect(records[0]!.requestParameters).toMatchObject({ encryptionContext: expect.objectContaining(context) as unknown });
    expect(records.every((r) => r.userIdentity['type'] === 'AssumedRole')).toBe(true);
  });

  it('fails to decrypt when the ciphertext is tampered with', async () => {
    const keyring = new KmsKeyringNode({ generatorKeyId: firstArn, clientProvider });
    const { result } = await encrypt(keyring, new Uint8Array(randomBytes(4096)), { encryptionContext: context });
    const at = result.length - 200;
    result[at] = result[at]! ^ 1;
    await expect(decrypt(keyring, result)).rejects.toThrow();
  });

  // The ESDK zeroes the plaintext data key it receives once it has used it (perf reference §2.3): the
  // engine must never hand out a buffer it keeps, or a later answer would be zeros.
  it('gets a fresh plaintext buffer from the engine each time, so zeroing one changes nothing', async () => {
    const generated = (await kms.send('GenerateDataKey', { KeyId: firstArn, NumberOfBytes: 32 })) as { Plaintext: Uint8Array; CiphertextBlob: Uint8Array };
    const copy = generated.Plaintext.slice();
    generated.Plaintext.fill(0);
    const first = (await kms.send('Decrypt', { CiphertextBlob: generated.CiphertextBlob })) as { Plaintext: Uint8Array };
    expect(first.Plaintext).toEqual(copy);
    first.Plaintext.fill(0);
    const second = (await kms.send('Decrypt', { CiphertextBlob: generated.CiphertextBlob })) as { Plaintext: Uint8Array };
    expect(second.Plaintext).toEqual(copy);
  });
});
