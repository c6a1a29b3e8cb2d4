// The course material's terminal journeys, typed verbatim into a Terminal on a real engine with a
// ManualClock: create a key and an alias, encrypt a file through `base64 --decode`, decrypt it back,
// generate a data key, disable the key and see Decrypt fail with the CLI's line and exit code, find
// the calls in CloudTrail, and see --profile alice recorded as Alice.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKms, ManualClock, type Kms, type QuotaGroup } from '../engine/index';
import { createTerminal, decodeOutput, type Terminal } from './index';

let kms: Kms;
let terminal: Terminal;
let keyId: string;
const START = Date.UTC(2026, 10, 29, 10, 55, 42, 123);

async function run(line: string) {
  const result = await terminal.run(line);
  return { stdout: decodeOutput(result.stdout), stderr: result.stderr, exitCode: result.exitCode, bytes: result.stdout };
}

beforeAll(async () => {
  const clock = new ManualClock(START);
  kms = await createKms({ clock });
  // A lesson's burst of calls on a clock that does not move would meet KMS's request quotas.
  for (const region of kms.regions) for (const group of ['symmetric', 'asymmetric', 'describe', 'management'] as QuotaGroup[]) kms.simulation.setQuota(region.name, group, 1e9);
  terminal = createTerminal({ kms });
});
afterAll(() => kms.close());

describe('the envelope-encryption lesson, verbatim', () => {
  it('aws kms create-key --description "demo" prints the new key\'s metadata', async () => {
    const { stdout, exitCode } = await run('aws kms create-key --description "demo"');
    expect(exitCode).toBe(0);
    const metadata = (JSON.parse(stdout) as { KeyMetadata: Record<string, unknown> }).KeyMetadata;
    keyId = metadata['KeyId'] as string;
    expect(metadata).toMatchObject({ Description: 'demo', KeyState: 'Enabled', CreationDate: '2026-11-29T10:55:42.123000+00:00', Arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}` });
    expect(stdout).toMatch(/^\{\n {4}"KeyMetadata": \{\n {8}"AWSAccountId": "111122223333",\n/);
  });

  it('aws kms create-alias … prints nothing and succeeds', async () => {
    expect(await run(`aws kms create-alias --alias-name alias/demo --target-key-id ${keyId}`)).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('echo -n "Hello, KMS" > plaintext.txt writes the ten bytes', async () => {
    await run('echo -n "Hello, KMS" > plaintext.txt');
    expect(decodeOutput(terminal.files.read('plaintext.txt')!)).toBe('Hello, KMS');
  });

  it('encrypt … --output text --query CiphertextBlob | base64 --decode > ciphertext.bin stores the raw ciphertext', async () => {
    expect(await run('aws kms encrypt --key-id alias/demo --plaintext fileb://plaintext.txt --output text --query CiphertextBlob | base64 --decode > ciphertext.bin')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const ciphertext = terminal.files.read('ciphertext.bin')!;
    const decrypted = (await kms.send('Decrypt', { CiphertextBlob: ciphertext })) as { Plaintext: Uint8Array; KeyId: string };
    expect(decodeOutput(decrypted.Plaintext)).toBe('Hello, KMS');
    expect(decrypted.KeyId).toContain(keyId);
  });

  it('decrypt … --output text --query Plaintext | base64 --decode prints Hello, KMS', async () => {
    expect(await run('aws kms decrypt --ciphertext-blob fileb://ciphertext.bin --output text --query Plaintext | base64 --decode')).toMatchObject({ stdout: 'Hello, KMS', stderr: '', exitCode: 0 });
  });

  it('generate-data-key --key-spec AES_256 --encryption-context purpose=demo returns a 32-byte key, in plaintext and encrypted', async () => {
    const { stdout, exitCode } = await run('aws kms generate-data-key --key-id alias/demo --key-spec AES_256 --encryption-context purpose=demo');
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(output)).toEqual(['CiphertextBlob', 'Plaintext', 'KeyId', 'KeyMaterialId']);
    expect(atob(output['Plaintext']!)).toHaveLength(32);
    const dataKey = await run(`echo ${output['CiphertextBlob']} | base64 -d > key.enc; aws kms decrypt --ciphertext-blob fileb://key.enc --encryption-context purpose=demo --query Plaintext --output text`);
    expect(dataKey.stdout).toBe(`${output['Plaintext']}\n`);
  });

  it('after disable-key, decrypt prints the DisabledException line and exits 254', async () => {
    expect((await run(`aws kms disable-key --key-id ${keyId}`)).exitCode).toBe(0);
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
    const line = `\nAn error occurred (DisabledException) when calling the Decrypt operation: ${arn} is disabled.\n`;
    expect(await run('aws kms decrypt --ciphertext-blob fileb://ciphertext.bin')).toMatchObject({ stdout: '', stderr: line, exitCode: 254 });
    // In a pipeline the exit code is the last stage's, as in bash; the error still reaches the screen.
    expect(await run('aws kms decrypt --ciphertext-blob fileb://ciphertext.bin --output text --query Plaintext | base64 --decode')).toMatchObject({ stdout: '', stderr: line, exitCode: 0 });
    expect((await run('aws kms encrypt --key-id alias/demo --plaintext fileb://plaintext.txt')).stderr).toBe(`\nAn error occurred (DisabledException) when calling the Encrypt operation: ${arn} is disabled.\n`);
    expect((await run(`aws kms enable-key --key-id ${keyId}`)).exitCode).toBe(0);
  });

  it('a ValidationException from the engine prints the same way', async () => {
    expect(await run(`aws kms schedule-key-deletion --key-id ${keyId} --pending-window-in-days 3`)).toMatchObject({
      exitCode: 254,
      stderr: expect.stringMatching(/^\nAn error occurred \(ValidationException\) when calling the ScheduleKeyDeletion operation: 1 validation error detected: .*pendingWindowInDays.*\n$/) as unknown,
    });
  });

  it('cloudtrail lookup-events finds the Encrypt calls, newest first, at most 5', async () => {
    const { stdout, exitCode } = await run('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Encrypt --max-results 5');
    expect(exitCode).toBe(0);
    const events = (JSON.parse(stdout) as { Events: Array<Record<string, unknown>> }).Events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThanOrEqual(5);
    expect(events.every((event) => event['EventName'] === 'Encrypt' && event['Username'] === 'Admin')).toBe(true);
    expect(JSON.parse(events[0]!['CloudTrailEvent'] as string)).toMatchObject({ eventName: 'Encrypt', userAgent: expect.stringMatching(/^aws-cli\/2/) as unknown });
  });

  it('--profile alice makes CloudTrail show Alice', async () => {
    expect((await run('aws kms encrypt --profile alice --key-id alias/demo --plaintext fileb://plaintext.txt --query KeyId --output text')).exitCode).toBe(0);
    const { stdout } = await run(`aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Encrypt --max-results 1 --query 'Events[0].[Username,AccessKeyId]' --output text`);
    expect(stdout).toBe('Alice\tAKIAKMSLABALICE00002\n');
  });

  it('follows the Region the app sets, and --region over it', async () => {
    terminal.region = 'eu-west-1';
    expect((await run('aws kms list-keys --query "length(Keys)"')).stdout).toBe('0\n');
    expect((await run('aws kms list-keys --region us-east-1 --query "length(Keys)"')).stdout).toBe('1\n');
    terminal.region = 'us-east-1';
  });
});

describe('every operation the engine supports', () => {
  it('has a kebab-case command with help listing its options', async () => {
    for (const operation of kms.operations) {
      const command = operation.replace(/(.)([A-Z])/g, '$1-$2').toLowerCase();
      const { stdout, exitCode } = await run(`aws kms ${command} help`);
      expect(exitCode, command).toBe(0);
      expect(stdout.startsWith(`${command}\n`), command).toBe(true);
    }
  });

  it('answers aws help, aws kms help and the core commands\' help with types and an example', async () => {
    expect((await run('aws help')).stdout).toContain('--output (string)');
    expect((await run('aws kms help')).stdout).toContain('o generate-data-key');
    const encrypt = (await run('aws kms encrypt help')).stdout;
    expect(encrypt).toContain('--plaintext (blob) [required]');
    expect(encrypt).toContain('--encryption-context (map)');
    expect(encrypt).toContain('fileb://');
    expect(encrypt).toContain('$ aws kms encrypt --key-id alias/demo --plaintext fileb://plaintext.txt');
    for (const command of ['decrypt', 'generate-data-key', 'create-key', 'create-alias', 'schedule-key-deletion']) {
      expect((await run(`aws kms ${command} help`)).stdout, command).toContain('EXAMPLES');
    }
    const lookup = (await run('aws cloudtrail lookup-events help')).stdout;
    expect(lookup).toContain('--lookup-attributes (list of structures)');
    expect(lookup).toContain('--start-time (timestamp)');
  });
});
