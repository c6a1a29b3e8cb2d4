import { describe, expect, it } from 'vitest';
import { checkLogFileSize, logFileName, logFileText, MAX_LOG_FILE_BYTES, parseLogFile } from './log-file';
import { fakeEntries, fakeRecord } from './test-records';

const file = (records: unknown) => JSON.stringify({ Records: records });
const refused = (text: string) => {
  const outcome = parseLogFile(text, 'log.json');
  expect(outcome.ok).toBe(false);
  return outcome.ok ? '' : outcome.error;
};

describe('CloudTrail log files', () => {
  it('round-trips the events in view: written oldest first, read back record for record', () => {
    const newestFirst = fakeEntries(5).reverse();
    const text = logFileText(newestFirst);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['Records']);
    const outcome = parseLogFile(text, 'log.json');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.log.entries.map((entry) => entry.record)).toEqual(fakeEntries(5).map((entry) => entry.record));
    expect(outcome.log.entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(outcome.log.regions).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('accepts an empty Records array', () => {
    expect(parseLogFile(file([]), 'empty.json')).toMatchObject({ ok: true, log: { entries: [] } });
  });

  it('refuses text that is not JSON', () => {
    expect(refused('{"Records": [')).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a log file', () => {
    expect(refused('[1,2,3]')).toMatch(/"Records" array/);
    expect(refused('{"records": []}')).toMatch(/"Records" array/);
    expect(refused('{"Records": {}}')).toMatch(/"Records" array/);
    expect(refused('null')).toMatch(/"Records" array/);
  });

  it('names the first record that lacks what the event history needs', () => {
    const good = fakeRecord(1);
    expect(refused(file([good, 'text']))).toBe('Record 2 of 2 is not a JSON object. Nothing was imported.');
    expect(refused(file([{ ...good, eventName: 7 }]))).toMatch(/^Record 1 of 1 has no eventName string/);
    expect(refused(file([{ ...good, eventTime: 'yesterday' }]))).toMatch(/eventTime that is not a date/);
    expect(refused(file([{ ...good, userIdentity: null }]))).toMatch(/no userIdentity object/);
    expect(refused(file([{ ...good, readOnly: 'yes' }]))).toMatch(/readOnly that is not true or false/);
    expect(refused(file([{ ...good, errorCode: 5 }]))).toMatch(/errorCode that is not a string/);
    expect(refused(file([{ ...good, resources: 'key' }]))).toMatch(/resources that are not a list/);
    expect(refused(file([{ ...good, resources: [{ type: 'AWS::KMS::Key' }] }]))).toMatch(/resource without an ARN/);
  });

  it('refuses a hostile file with a __proto__ key, and leaves Object.prototype alone', () => {
    expect(refused(`{"Records": [], "__proto__": {"polluted": true}}`)).toMatch(/__proto__/);
    expect(refused(`{"Records": [{"__proto__": {"polluted": true}}]}`)).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses empty and oversized files before reading them', () => {
    expect(checkLogFileSize(0)).toMatch(/empty/);
    expect(checkLogFileSize(MAX_LOG_FILE_BYTES)).toBeNull();
    expect(checkLogFileSize(MAX_LOG_FILE_BYTES + 1)).toMatch(/up to 64 MB/);
  });

  it('refuses a file too deeply nested to parse', () => {
    expect(refused(`{"Records": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toMatch(/not valid JSON|"Records" array|Record 1/);
  });

  it("names a download the way CloudTrail names its log files", () => {
    expect(logFileName('111122223333', 'us-east-1', Date.UTC(2026, 10, 29, 13, 5, 7), 'abc')).toBe('111122223333_CloudTrail_us-east-1_20261129T1305Z_abc.json');
  });
});
