// The terminal view's logic on a real engine and memory storage: what a reload finds, what bad
// stored data does, how the shell's Region and identity reach the CLI, and what Tab offers.

import { afterEach, describe, expect, it } from 'vitest';
import { createKms, ManualClock, type Kms } from '../../engine/index';
import { openSession } from './session';
import { createMemoryStorage } from './terminal-storage';

const opened: Kms[] = [];
afterEach(() => {
  for (const kms of opened.splice(0)) kms.close();
});

async function engine(): Promise<Kms> {
  const kms = await createKms({ clock: new ManualClock(Date.UTC(2026, 10, 29, 12)) });
  opened.push(kms);
  return kms;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('TerminalSession', () => {
  it('a reload finds the files and history the last session saved', async () => {
    const kms = await engine();
    const storage = createMemoryStorage();
    const first = await openSession({ kms, storage, region: 'us-east-1', principal: null, onSaveError: (e) => { throw e; } });
    await first.run('echo "hello" > plain.txt');
    await first.run('echo bye >> plain.txt');
    await first.run('rm plain.txt; echo kept > kept.txt');
    await first.flushed();

    const second = await openSession({ kms, storage, region: 'us-east-1', principal: null, onSaveError: () => {} });
    expect(second.files.list()).toEqual([{ name: 'kept.txt', size: 5 }]);
    expect(second.previous('')).toBe('rm plain.txt; echo kept > kept.txt');
    expect(second.previous('')).toBe('echo bye >> plain.txt');
    expect(second.next()).toBe('rm plain.txt; echo kept > kept.txt');
    expect(second.next()).toBe('');
  });

  it('bad stored data is dropped and the terminal still starts', async () => {
    const kms = await engine();
    const storage = createMemoryStorage({
      files: [['good.txt', bytes('ok')], ['../escape', bytes('x')], ['a/b', bytes('x')], [42, bytes('x')], ['text.txt', 'not bytes'], ['__proto__', null]],
      history: 'not a list',
    });
    const session = await openSession({ kms, storage, region: 'us-east-1', principal: null, onSaveError: () => {} });
    expect(session.files.list()).toEqual([{ name: 'good.txt', size: 2 }]);
    expect(session.previous('')).toBeUndefined();
    expect((await session.run('cat good.txt')).output).toBe('ok');
  });

  it('storage that cannot be read is reported, and the session runs on empty', async () => {
    const kms = await engine();
    const errors: unknown[] = [];
    const storage = { ...createMemoryStorage(), load: () => Promise.reject(new Error('blocked')) };
    const session = await openSession({ kms, storage, region: 'us-east-1', principal: null, onSaveError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    expect((await session.run('echo hi')).output).toBe('hi\n');
  });

  it('the shell’s Region and acting identity are the CLI’s default Region and profile', async () => {
    const kms = await engine();
    const alice = kms.identities.find((identity) => identity.userName === 'Alice')!;
    const session = await openSession({ kms, storage: createMemoryStorage(), region: 'eu-west-1', principal: alice.arn, onSaveError: () => {} });
    expect(session.profile).toBe('alice');
    const created = JSON.parse((await session.run('aws kms create-key --description test')).output) as { KeyMetadata: { Arn: string } };
    expect(created.KeyMetadata.Arn).toMatch(/^arn:aws:kms:eu-west-1:/);
    const record = kms.trail.entries().at(-1)!.record;
    expect(record.userIdentity['userName']).toBe('Alice');
    expect(record.userIdentity['accessKeyId']).toBe(alice.accessKeyId);

    session.follow('us-west-2', null);
    expect([session.region, session.profile]).toEqual(['us-west-2', 'default']);
    await session.run('aws kms list-keys');
    expect(kms.trail.entries().at(-1)!.record).toMatchObject({ awsRegion: 'us-west-2', userIdentity: { userName: 'Admin' } });
  });

  it('a disabled key makes decrypt print the CLI’s DisabledException line', async () => {
    const kms = await engine();
    const session = await openSession({ kms, storage: createMemoryStorage(), region: 'us-east-1', principal: null, onSaveError: () => {} });
    const keyId = (await session.run('aws kms create-key --description test --query KeyMetadata.KeyId --output text')).output.trim();
    await session.run(`aws kms create-alias --alias-name alias/app --target-key-id ${keyId}`);
    await session.run('echo "hello" > plain.txt');
    await session.run('aws kms encrypt --key-id alias/app --plaintext fileb://plain.txt --output text --query CiphertextBlob | base64 --decode > secret.bin');
    expect((await session.run('aws kms decrypt --ciphertext-blob fileb://secret.bin --output text --query Plaintext | base64 --decode')).output).toBe('hello\n');
    await session.run(`aws kms disable-key --key-id ${keyId}`);
    const failed = await session.run('aws kms decrypt --ciphertext-blob fileb://secret.bin --output text --query Plaintext');
    expect(failed.exitCode).toBe(254);
    expect(failed.output).toMatch(/^\nAn error occurred \(DisabledException\) when calling the Decrypt operation: /);
  });

  it('Tab offers the Region\'s aliases and key IDs from observer calls, leaving no CloudTrail record', async () => {
    const kms = await engine();
    const session = await openSession({ kms, storage: createMemoryStorage(), region: 'us-east-1', principal: null, onSaveError: () => {} });
    const keyId = (await session.run('aws kms create-key --query KeyMetadata.KeyId --output text')).output.trim();
    await session.run(`aws kms create-alias --alias-name alias/app --target-key-id ${keyId}`);
    await session.run('aws kms create-key --region eu-west-1');
    const before = kms.trail.entries().length;
    const line = 'aws kms encrypt --key-id alias/a';
    expect((await session.complete(line, line.length)).candidates).toEqual(['alias/app']);
    const byId = 'aws kms describe-key --key-id ';
    expect((await session.complete(byId, byId.length)).candidates).toEqual(['alias/app', keyId].sort());
    expect(kms.trail.entries()).toHaveLength(before);
    await session.run(`KEY=${keyId}`);
    expect((await session.complete('echo $K', 'echo $K'.length)).candidates).toEqual(['$KEY']);
    // State, not history: after a reset there is nothing to offer, though the words were typed before.
    await kms.state.reset();
    expect((await session.complete(byId, byId.length)).candidates).toEqual([]);
  });
});
