import { describe, expect, it } from 'vitest';
import { jsonProblem } from './json-problem';

describe('JSON problems in a key policy', () => {
  it('is null for valid JSON', () => {
    expect(jsonProblem('{ "Version" : "2012-10-17" }')).toBeNull();
  });

  it('names the line and column where the parser stopped', () => {
    const problem = jsonProblem('{\n  "a": 1\n  "b": 2\n}');
    expect(problem).toMatchObject({ line: 3, column: 3, position: 13 });
    expect(problem!.message).toMatch(/Expected ',' or '}'/);
    expect(problem!.message).not.toMatch(/position/);
  });

  it('points at the end of an empty or cut-off text', () => {
    expect(jsonProblem('')).toMatchObject({ line: 1, column: 1, position: 0 });
    expect(jsonProblem('{\n "a": ')).toMatchObject({ line: 2 });
  });
});
