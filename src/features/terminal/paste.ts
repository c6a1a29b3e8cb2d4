// Pasting into a one-line input: commands in AWS docs are split with `\` at the end of a line, and a
// block of several commands is pasted at once. A terminal joins the continued lines (bash drops each
// backslash-newline) and runs every complete line in turn; so does this.

export interface Pasted {
  /** Lines ended by a newline, to run in order. */
  run: string[];
  /** What stays at the prompt after the last newline. */
  rest: string;
  /** Where the cursor goes in `rest`. */
  cursor: number;
}

export function paste(line: string, start: number, end: number, text: string): Pasted {
  const joined = text.replace(/\r\n?/g, '\n').replace(/\\\n/g, '');
  const before = line.slice(0, start);
  const after = line.slice(end);
  const parts = (before + joined).split('\n');
  const last = parts.pop()!;
  return { run: parts, rest: last + after, cursor: last.length };
}
