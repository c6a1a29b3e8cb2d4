// Errors, Regions and identities as the real @aws-sdk/client-kms sees them through sdkRequestHandler:
// typed exceptions with $fault and $metadata, one engine per Region by host name, and the caller's
// access key and user agent in the CloudTrail record.

import { beforeEach, describe, expect, it } from 'vitest';
import {
  CreateKeyCommand, DecryptCommand, DescribeKeyCommand, DisableKeyCommand, DisabledException, EncryptCommand,
  InvalidCiphertextException, KMSClient, KMSInternalException, KMSServiceException, ListKeysCommand, NotFoundException,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { createKms, type Kms } from '../engine/index';
import { sdkRequestHandler } from './index';

const ALICE = 'AKIAKMSLABALICE00002';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let kms: Kms;

function client(region = 'us-east-1', accessKeyId = ALICE, target: Kms = kms): KMSClient {
  return new KMSClient({
    region,
    credentials: { accessKeyId, secretAccessKey: 'kms-lab-does-not-check-signatures' },
    requestHandler: sdkRequestHandler(target),
    maxAttempts: 1,
  });
}

async function failure(promise: Promise<unknown>): Promise<KMSServiceException> {
  try {
    await promise;
  } catch (error) {
    return error as KMSServiceException;
  }
  throw new Error('expected the call to fail');
}

const lastRecord = () => kms.trail.entries().at(-1)!.record;

beforeEach(async () => {
  kms = await createKms();
});

describe('errors through the SDK', () => {
  it('a disabled key surfaces as DisabledException, a client fault with status 400 and a request id', async () => {
    const kmsClient = client();
    const { KeyMetadata } = await kmsClient.send(new CreateKeyCommand({}));
    await kmsClient.send(new DisableKeyCommand({ KeyId: KeyMetadata!.KeyId }));
    const error = await failure(kmsClient.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: new Uint8Array([1]) })));
    expect(error).toBeInstanceOf(DisabledException);
    expect(error.message).toBe(`${KeyMetadata!.Arn} is disabled.`);
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toMatch(UUID);
    expect(lastRecord()).toMatchObject({ eventName: 'Encrypt', errorCode: 'DisabledException', requestID: error.$metadata.requestId });
  });

  it('an unknown alias surfaces as NotFoundException with AWS text', async () => {
    const error = await failure(client().send(new DescribeKeyCommand({ KeyId: 'alias/nope' })));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.message).toBe("Alias 'arn:aws:kms:us-east-1:111122223333:alias/nope' does not exist");
  });

  it('a ciphertext with the wrong encryption context surfaces as InvalidCiphertextException', async () => {
    const kmsClient = client();
    const { KeyMetadata } = await kmsClient.send(new CreateKeyCommand({}));
    const { CiphertextBlob } = await kmsClient.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: new Uint8Array([7]), EncryptionContext: { a: '1' } }));
    const error = await failure(kmsClient.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: { a: '2' } })));
    expect(error).toBeInstanceOf(InvalidCiphertextException);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('a constraint violation surfaces under its AWS name, ValidationException', async () => {
    const kmsClient = client();
    const { KeyMetadata } = await kmsClient.send(new CreateKeyCommand({}));
    const error = await failure(kmsClient.send(new ScheduleKeyDeletionCommand({ KeyId: KeyMetadata!.KeyId, PendingWindowInDays: 3 })));
    expect(error).toBeInstanceOf(KMSServiceException);
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain("at 'pendingWindowInDays' failed to satisfy constraint");
  });

  it('a failure that is no KMS exception becomes a 500 KMSInternalException, a server fault', async () => {
    const broken: Kms = { ...kms, send: () => Promise.reject(new TypeError('a bug below the protocol')) };
    const error = await failure(client('us-east-1', ALICE, broken).send(new ListKeysCommand({})));
    expect(error).toBeInstanceOf(KMSInternalException);
    expect(error.$fault).toBe('server');
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.message).not.toContain('a bug below');
  });

  it('a Region KMS Lab does not simulate is an error response, not a thrown transport error', async () => {
    const error = await failure(client('sa-east-1').send(new ListKeysCommand({})));
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(kms.trail.entries()).toHaveLength(0);
  });
});

describe('Regions through the SDK', () => {
  it('keeps keys of us-east-1 out of eu-west-1, by ID and by ARN', async () => {
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const { KeyMetadata } = await east.send(new CreateKeyCommand({}));
    expect((await west.send(new ListKeysCommand({}))).Keys).toEqual([]);
    expect(await failure(west.send(new DescribeKeyCommand({ KeyId: KeyMetadata!.Arn })))).toBeInstanceOf(NotFoundException);
    expect(await failure(west.send(new DescribeKeyCommand({ KeyId: KeyMetadata!.KeyId })))).toBeInstanceOf(NotFoundException);
    const westKey = (await west.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect(westKey.Arn).toMatch(/^arn:aws:kms:eu-west-1:/);
    expect((await east.send(new ListKeysCommand({}))).Keys!.map((k) => k.KeyId)).toEqual([KeyMetadata!.KeyId]);
    expect(lastRecord().awsRegion).toBe('us-east-1');
  });

  it('reads the Region from the FIPS host name too', async () => {
    const fips = new KMSClient({
      region: 'us-west-2',
      useFipsEndpoint: true,
      credentials: { accessKeyId: ALICE, secretAccessKey: 'x' },
      requestHandler: sdkRequestHandler(kms),
      maxAttempts: 1,
    });
    const { KeyMetadata } = await fips.send(new CreateKeyCommand({}));
    expect(KeyMetadata!.Arn).toMatch(/^arn:aws:kms:us-west-2:/);
  });
});

describe('who called, in CloudTrail', () => {
  it("records Alice as the user when her access key signed the request, with the SDK's user agent", async () => {
    await client().send(new CreateKeyCommand({}));
    const record = lastRecord();
    expect(record.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'Alice', accessKeyId: ALICE, arn: 'arn:aws:iam::111122223333:user/Alice' });
    expect(record.userAgent).toMatch(/^aws-sdk-js\/3\.\d+\.\d+ .*api\/kms#/);
    expect(record.awsRegion).toBe('us-east-1');
  });

  it('records the engine default identity when the access key belongs to no simulated identity', async () => {
    await client('us-east-1', 'AKIAUNKNOWNCALLER999').send(new CreateKeyCommand({}));
    expect(lastRecord().userIdentity).toMatchObject({ userName: kms.identities[0]!.userName });
    expect(lastRecord().userIdentity).not.toMatchObject({ accessKeyId: 'AKIAUNKNOWNCALLER999' });
  });

  it('records the role session for an assumed-role access key', async () => {
    await client('us-east-1', 'ASIAKMSLABAPPROLE004').send(new CreateKeyCommand({}));
    expect(lastRecord().userIdentity).toMatchObject({ type: 'AssumedRole', accessKeyId: 'ASIAKMSLABAPPROLE004' });
  });
});
