// What Tab does with complete()'s answer, as bash with show-all-if-ambiguous does it: one candidate
// is written in with a space after it; several are extended to their longest common prefix, and
// listed when that adds nothing; none leaves the line as it was.

import type { Completion } from '../../cli/index';

export interface TabResult {
  line: string;
  cursor: number;
  /** The candidates to show the learner, when Tab could not choose one. */
  listed: string[];
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0]!;
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

export function applyCompletion(line: string, cursor: number, completion: Completion): TabResult {
  const { start, end, candidates } = completion;
  const typed = line.slice(start, end);
  const replace = (word: string, space: boolean) => {
    const after = line.slice(end);
    const suffix = space && !after.startsWith(' ') ? ' ' : '';
    return { line: line.slice(0, start) + word + suffix + after, cursor: start + word.length + (space ? 1 : 0), listed: [] };
  };
  if (candidates.length === 0) return { line, cursor, listed: [] };
  if (candidates.length === 1) return replace(candidates[0]!, true);
  const prefix = commonPrefix(candidates);
  if (prefix.length > typed.length) return replace(prefix, false);
  return { line, cursor, listed: [...candidates] };
}

/** Candidates laid out in columns across `columns` characters, as bash lists them. */
export function columnize(words: readonly string[], columns: number): string {
  if (words.length === 0) return '';
  const width = Math.max(...words.map((word) => word.length)) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(words.length / perRow);
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < perRow; col++) {
      const word = words[col * rows + row];
      if (word !== undefined) cells.push(word.padEnd(width));
    }
    lines.push(cells.join('').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
