// Tab completion and history as the terminal UI uses them.

import { describe, expect, it } from 'vitest';
import { complete, History, type CompletionContext } from './index';

const context: CompletionContext = {
  keyIds: ['1234abcd-12ab-34cd-56ef-1234567890ab'],
  aliases: ['alias/demo', 'alias/prod'],
  files: ['ciphertext.bin', 'plaintext.txt'],
  regions: ['us-east-1', 'eu-west-1'],
  profiles: ['default', 'alice'],
  variables: ['KEY_ID', 'KEY_ARN', 'OUT'],
};
const at = (line: string) => complete(line, line.length, context);

describe('complete', () => {
  it('completes commands, services and subcommands', () => {
    expect(at('ba').candidates).toEqual(['base64']);
    expect(at('aws k').candidates).toEqual(['kms']);
    expect(at('aws kms gen').candidates).toEqual(['generate-data-key', 'generate-data-key-without-plaintext', 'generate-random']);
    expect(at('aws cloudtrail ').candidates).toEqual(['help', 'lookup-events']);
  });

  it('offers the current subcommand\'s options not yet used, then the global ones', () => {
    const { candidates } = at('aws kms encrypt --key-id alias/demo --');
    expect(candidates).toContain('--plaintext');
    expect(candidates).toContain('--encryption-context');
    expect(candidates).toContain('--output');
    expect(candidates).not.toContain('--key-id');
    expect(candidates).not.toContain('--no-dry-run');
    expect(at('aws kms encrypt --pl').candidates).toEqual(['--plaintext']);
  });

  it('offers key IDs and aliases for --key-id and --target-key-id', () => {
    expect(at('aws kms describe-key --key-id ').candidates).toEqual(['1234abcd-12ab-34cd-56ef-1234567890ab', 'alias/demo', 'alias/prod']);
    expect(at('aws kms create-alias --alias-name alias/x --target-key-id alias/p').candidates).toEqual(['alias/prod']);
  });

  it('offers files after fileb:// and for blob options, and after a redirection', () => {
    expect(at('aws kms decrypt --ciphertext-blob fileb://c').candidates).toEqual(['fileb://ciphertext.bin']);
    expect(at('aws kms encrypt --plaintext ').candidates).toEqual(['fileb://ciphertext.bin', 'fileb://plaintext.txt']);
    expect(at('cat p').candidates).toEqual(['plaintext.txt']);
    expect(at('echo x > c').candidates).toEqual(['ciphertext.bin']);
  });

  it('offers enum values, output formats, Regions and profiles', () => {
    expect(at('aws kms generate-data-key --key-spec ').candidates).toEqual(['AES_128', 'AES_256']);
    expect(at('aws kms list-keys --output t').candidates).toEqual(['table', 'text']);
    expect(at('aws --region e').candidates).toEqual(['eu-west-1']);
    expect(at('aws --profile a').candidates).toEqual(['alice']);
  });

  it('offers the shell\'s variables where a word starts with $', () => {
    expect(at('aws kms describe-key --key-id $K').candidates).toEqual(['$KEY_ARN', '$KEY_ID']);
    expect(at('echo $').candidates).toEqual(['$KEY_ARN', '$KEY_ID', '$OUT']);
  });

  it('reports the range to replace, and completes the command after a pipe', () => {
    expect(complete('aws kms enc --x', 11, context)).toEqual({ start: 8, end: 11, candidates: ['encrypt'] });
    expect(at('aws kms list-keys | ba').candidates).toEqual(['base64']);
  });
});

describe('History', () => {
  it('walks back with previous() and forward with next(), ending at the draft', () => {
    const history = new History();
    history.add('one');
    history.add('two');
    history.add('two');
    history.add('  ');
    expect(history.entries()).toEqual(['one', 'two']);
    expect(history.previous('dra')).toBe('two');
    expect(history.previous()).toBe('one');
    expect(history.previous()).toBe('one');
    expect(history.next()).toBe('two');
    expect(history.next()).toBe('dra');
    expect(history.next()).toBeUndefined();
  });

  it('keeps at most its limit', () => {
    const history = new History([], 2);
    ['a', 'b', 'c'].forEach((line) => history.add(line));
    expect(history.entries()).toEqual(['b', 'c']);
  });
});
