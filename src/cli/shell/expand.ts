// Expansions, done when a command runs: `$NAME`, `${NAME}`, `$?` and `$(…)` as bash does them for
// the commands course material prints. Unquoted results are split into fields on blanks (so an
// unset variable disappears and "a b" makes two arguments); inside double quotes they are not.
// Assignments (`NAME=value`, alone or after `export`) take a word whole, without splitting.

import type { Word } from './parse-line';

export interface Substitution {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface Expander {
  variable(name: string): string | undefined;
  /** Runs the source of a `$(…)` in a subshell: its output, whose trailing newlines are dropped. */
  substitute(source: string): Promise<Substitution>;
}

export interface Expanded {
  fields: string[];
  /** What the `$(…)` inside wrote to stderr, in order. */
  stderr: string;
  /** The exit code of the last `$(…)`, if there was one (what `$?` shows after `K=$(…)`). */
  substitutionExitCode?: number;
}

const BLANKS = /[ \t\n]+/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** The fields a word makes; `split: false` keeps it one field (assignments, the word after `export`). */
export async function expandWord(word: Word, expander: Expander, split = true): Promise<Expanded> {
  const fields: string[] = [];
  let current = '';
  let hasContent = false;
  let stderr = '';
  let substitutionExitCode: number | undefined;
  for (const part of word.parts) {
    if (part.kind === 'text') {
      current += part.text;
      hasContent = true;
      continue;
    }
    let value: string;
    if (part.kind === 'variable') {
      value = expander.variable(part.name) ?? '';
    } else {
      const result = await expander.substitute(part.source);
      value = result.stdout.replace(/\n+$/, '');
      stderr += result.stderr;
      substitutionExitCode = result.exitCode;
    }
    if (part.quoted || !split) {
      current += value;
      hasContent = true;
      continue;
    }
    value.split(BLANKS).forEach((piece, index) => {
      if (index > 0) {
        if (hasContent) fields.push(current);
        current = '';
        hasContent = false;
      }
      if (piece !== '') {
        current += piece;
        hasContent = true;
      }
    });
  }
  if (hasContent) fields.push(current);
  return { fields, stderr, ...(substitutionExitCode !== undefined && { substitutionExitCode }) };
}

/** `NAME=…` written unquoted at the start of a word: the name, and the word's value after the `=`. */
export function assignmentIn(word: Word): { name: string; value: Word } | null {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'text' || first.quoted) return null;
  const match = ASSIGNMENT.exec(first.text);
  if (!match) return null;
  const remainder = first.text.slice(match[0].length);
  const parts = remainder === '' ? rest : [{ ...first, text: remainder }, ...rest];
  // `A=` is an empty value, as `A=""` is.
  return { name: match[1]!, value: { parts: parts.length > 0 ? parts : [{ kind: 'text', text: '', quoted: true }], raw: word.raw } };
}
