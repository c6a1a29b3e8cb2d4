// Replays command lines recorded from the real AWS CLI against KMS Lab's engine (fixtures/): for
// each step our terminal must send the same requests (same operation, caller and members) and, given
// the responses the real CLI got, print byte for byte what it printed — json, text and table,
// --query, paging with --max-items, timestamps. See fixtures/record-fixtures.ts for how they were made.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKms, fromBase64, type Kms } from '../engine/index';
import type { JsonCall, WireResponse } from '../protocol/index';
import { createMemoryFiles, createTerminal, decodeOutput } from './index';
import recorded from './fixtures/recorded-cli.json';
import type { RecordedStep } from './fixtures/steps';

const steps = recorded.steps as RecordedStep[];
const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);
const operationOf = (target: string) => target.slice(target.lastIndexOf('.') + 1);

let kms: Kms;
beforeAll(async () => {
  kms = await createKms();
});
afterAll(() => kms.close());

describe('the recorded steps', () => {
  it('call every operation the engine supports, and CloudTrail\'s LookupEvents', () => {
    const called = new Set(steps.flatMap((step) => step.exchanges.map((exchange) => operationOf(exchange.target))));
    expect([...kms.operations, 'LookupEvents'].filter((operation) => !called.has(operation))).toEqual([]);
  });
});

describe(`recorded AWS CLI output (${recorded.recordedWith})`, () => {
  it.each(steps.map((step) => [step.name, step] as const))('%s', async (_name, step) => {
    const files = createMemoryFiles({ initial: Object.fromEntries(Object.entries(step.files).map(([name, content]) => [name, fromBase64(content)!])) });
    const pending = [...step.exchanges];
    const send = (call: JsonCall): Promise<WireResponse> => {
      const exchange = pending.shift();
      expect(exchange, `an unexpected request ${call.target}`).toBeDefined();
      expect(operationOf(call.target)).toBe(operationOf(exchange!.target));
      expect(call.headers?.['authorization']).toContain(`Credential=${exchange!.accessKeyId}/`);
      expect(JSON.parse(call.body as string)).toEqual(exchange!.body);
      return Promise.resolve({ statusCode: exchange!.status, headers: {}, body: exchange!.response });
    };
    const terminal = createTerminal({ kms, files, send });
    const result = await terminal.run(`aws ${step.args.map(quote).join(' ')}`);
    expect(result.stderr).toBe(step.stderr);
    expect(decodeOutput(result.stdout)).toBe(step.stdout);
    expect(result.exitCode).toBe(step.exitCode);
    expect(pending).toEqual([]);
  });
});
