// How `aws` options become request members, checked on the JSON the terminal sends over the
// protocol to a real engine: every member type (blob, map, lists, structures, timestamp, integer,
// boolean), fileb:// and file://, --cli-input-json, and the CLI's errors for what it will not send.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKms, ManualClock, type Kms } from '../../engine/index';
import { callKmsJson, type JsonCall } from '../../protocol/index';
import { createMemoryFiles, createTerminal, decodeOutput } from '../index';

let kms: Kms;
let keyId: string;
const sent: JsonCall[] = [];

beforeAll(async () => {
  kms = await createKms({ clock: new ManualClock(Date.UTC(2026, 10, 29, 10, 55, 42)) });
  keyId = ((await kms.send('CreateKey', {})) as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId;
  await kms.send('CreateAlias', { AliasName: 'alias/demo', TargetKeyId: keyId });
});
afterAll(() => kms.close());

/** Runs a line and returns the body of its last request, parsed, with the result. */
async function request(line: string, files: Record<string, string | Uint8Array> = {}) {
  sent.length = 0;
  const initial = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? new TextEncoder().encode(content) : content]));
  const terminal = createTerminal({ kms, files: createMemoryFiles({ initial }), send: (call) => {
    sent.push(call);
    return callKmsJson(kms, call);
  } });
  const result = await terminal.run(line);
  const last = sent[sent.length - 1];
  return { body: last ? (JSON.parse(last.body as string) as Record<string, unknown>) : undefined, target: last?.target, headers: last?.headers, stdout: decodeOutput(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

describe('blobs', () => {
  it('sends a fileb:// file as its raw bytes (base64 on the wire)', async () => {
    const { body, target } = await request('aws kms encrypt --key-id alias/demo --plaintext fileb://p.bin', { 'p.bin': Uint8Array.of(0, 255, 10) });
    expect(target).toBe('TrentService.Encrypt');
    expect(body).toEqual({ KeyId: 'alias/demo', Plaintext: 'AP8K' });
  });

  it('reads a plain value as base64, as AWS CLI v2 does by default', async () => {
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext SGVsbG8=')).body?.['Plaintext']).toBe('SGVsbG8=');
    // Python's lenient b64decode skips the comma and space: "Hello, KMS" is read as the base64 "HelloKMS".
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext "Hello, KMS"')).body?.['Plaintext']).toBe('HelloKMS');
    expect(await request('aws kms encrypt --key-id alias/demo --plaintext Hello')).toMatchObject({ exitCode: 255, stderr: '\nInvalid base64: "Hello"\n', body: undefined });
  });

  it('takes text as bytes with --cli-binary-format raw-in-base64-out, and file:// as text', async () => {
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext Hello --cli-binary-format raw-in-base64-out')).body?.['Plaintext']).toBe('SGVsbG8=');
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext file://b64.txt', { 'b64.txt': 'SGVsbG8=' })).body?.['Plaintext']).toBe('SGVsbG8=');
  });

  it('names a missing paramfile as the CLI does', async () => {
    expect(await request('aws kms decrypt --ciphertext-blob fileb://missing.bin')).toMatchObject({
      exitCode: 252,
      stderr: "\nError parsing parameter '--ciphertext-blob': Unable to load paramfile fileb://missing.bin: [Errno 2] No such file or directory: 'missing.bin'\n",
    });
  });
});

describe('maps, structures and lists', () => {
  it('reads an encryption context as shorthand or JSON', async () => {
    const expected = { purpose: 'demo', team: 'blue' };
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext AA== --encryption-context purpose=demo,team=blue')).body?.['EncryptionContext']).toEqual(expected);
    expect((await request(`aws kms encrypt --key-id alias/demo --plaintext AA== --encryption-context '{"purpose":"demo","team":"blue"}'`)).body?.['EncryptionContext']).toEqual(expected);
  });

  it('reports shorthand it cannot read with awscli\'s caret message', async () => {
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext AA== --encryption-context purpose')).stderr).toBe(
      "\nError parsing parameter '--encryption-context': Expected: '=', received: 'EOF' for input:\npurpose\n       ^\n\n",
    );
  });

  it('reads a list of structures as one shorthand word per item, or as JSON', async () => {
    const tags = [{ TagKey: 'team', TagValue: 'blue' }, { TagKey: 'env', TagValue: 'dev' }];
    expect((await request(`aws kms tag-resource --key-id ${keyId} --tags TagKey=team,TagValue=blue TagKey=env,TagValue=dev`)).body?.['Tags']).toEqual(tags);
    expect((await request(`aws kms tag-resource --key-id ${keyId} --tags '${JSON.stringify(tags)}'`)).body?.['Tags']).toEqual(tags);
    expect((await request(`aws kms tag-resource --key-id ${keyId} --tags TagKey=x`)).stderr).toBe('\nParameter validation failed:\nMissing required parameter in Tags[0]: "TagValue"\n');
  });

  it('reads a list of strings as separate words', async () => {
    expect((await request(`aws kms untag-resource --key-id ${keyId} --tag-keys team env`)).body?.['TagKeys']).toEqual(['team', 'env']);
    expect((await request(`aws kms untag-resource --key-id ${keyId} --tag-keys`)).stderr).toContain('aws: error: argument --tag-keys: expected at least one argument');
  });

  it('reads lookup attributes for CloudTrail', async () => {
    const { body, target } = await request('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Encrypt --max-results 5');
    expect(target).toBe('CloudTrail_20131101.LookupEvents');
    expect(body).toEqual({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'Encrypt' }], MaxResults: 5 });
  });
});

describe('scalars', () => {
  it('reads timestamps as ISO 8601 or epoch seconds', async () => {
    const { body } = await request('aws cloudtrail lookup-events --start-time 2026-11-29T10:00:00Z --end-time 1795949900 --max-results 1');
    expect(body).toMatchObject({ StartTime: Date.UTC(2026, 10, 29, 10) / 1000, EndTime: 1795949900 });
    expect((await request('aws cloudtrail lookup-events --start-time 2026-11-29 --max-results 1')).body?.['StartTime']).toBe(Date.UTC(2026, 10, 29) / 1000);
    expect((await request('aws cloudtrail lookup-events --start-time yesterday')).stderr).toBe(
      "\nParameter validation failed:\nInvalid type for parameter StartTime, value: yesterday, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string\n",
    );
  });

  it('reads integers as Python int() does, and checks the model minimum', async () => {
    expect((await request('aws kms generate-random --number-of-bytes 16')).body).toEqual({ NumberOfBytes: 16 });
    expect(await request('aws kms generate-random --number-of-bytes 1x')).toMatchObject({ exitCode: 255, stderr: "\ninvalid literal for int() with base 10: '1x'\n" });
    expect(await request('aws kms generate-random --number-of-bytes 0')).toMatchObject({ exitCode: 252, stderr: '\nParameter validation failed:\nInvalid value for parameter NumberOfBytes, value: 0, valid min value: 1\n' });
  });

  it('sets booleans with --flag and --no-flag', async () => {
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext AA== --dry-run')).body?.['DryRun']).toBe(true);
    expect((await request('aws kms encrypt --key-id alias/demo --plaintext AA== --no-dry-run')).body?.['DryRun']).toBe(false);
    expect((await request('aws kms create-key --bypass-policy-lockout-safety-check --description x')).body).toEqual({ BypassPolicyLockoutSafetyCheck: true, Description: 'x' });
  });

  it('accepts --option=value', async () => {
    expect((await request('aws kms describe-key --key-id=alias/demo --output=text --query=KeyMetadata.KeyState')).stdout).toBe('Enabled\n');
  });
});

describe('the command line the CLI refuses', () => {
  const USAGE = '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

  it('names missing required options', async () => {
    expect(await request('aws kms encrypt')).toMatchObject({ exitCode: 252, stderr: `${USAGE}aws: error: the following arguments are required: --key-id, --plaintext\n\n`, body: undefined });
  });

  it('lists unknown options', async () => {
    expect(await request('aws kms list-keys --colour blue')).toMatchObject({ exitCode: 252, stderr: `${USAGE}Unknown options: --colour, blue\n\n` });
  });

  it('rejects a value-less option and an unknown output format', async () => {
    expect((await request('aws kms describe-key --key-id')).stderr).toBe(`${USAGE}aws: error: argument --key-id: expected one argument\n\n`);
    expect((await request('aws kms list-keys --output yaml2')).stderr).toContain('aws: error: argument --output: Invalid choice, valid choices are:');
  });

  it('takes the request from --cli-input-json, with options on the line winning', async () => {
    const input = JSON.stringify({ KeyId: 'alias/nope', Plaintext: 'SGVsbG8=', EncryptionContext: { a: 'b' } });
    const { body } = await request('aws kms encrypt --cli-input-json file://in.json --key-id alias/demo', { 'in.json': input });
    expect(body).toEqual({ KeyId: 'alias/demo', Plaintext: 'SGVsbG8=', EncryptionContext: { a: 'b' } });
  });
});

describe('the request on the wire', () => {
  it('signs as the profile\'s access key, so CloudTrail records that user', async () => {
    const { headers } = await request('aws --profile alice kms describe-key --key-id alias/demo');
    expect(headers?.['authorization']).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAKMSLABALICE00002\/20261129\/us-east-1\/kms\/aws4_request, SignedHeaders=[\w;-]+, Signature=0{64}$/);
    expect(headers?.['user-agent']).toMatch(/^aws-cli\/2\.\S+ kms-lab/);
    expect(await request('aws --profile mallory kms list-keys')).toMatchObject({ exitCode: 255, stderr: '\nThe config profile (mallory) could not be found\n' });
  });

  it('calls the Region --region names, and refuses one KMS Lab does not simulate', async () => {
    expect((await request('aws kms list-keys --region eu-west-1')).body).toEqual({});
    expect(await request('aws kms list-keys --region mars-north-1')).toMatchObject({ exitCode: 255, stderr: expect.stringContaining('Could not connect to the endpoint URL: "https://kms.mars-north-1.amazonaws.com/"') as unknown });
  });
});
