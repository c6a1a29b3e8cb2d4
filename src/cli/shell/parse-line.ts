// A small POSIX-shell grammar, enough for the commands course material prints: words with '…', "…"
// and backslash escapes (and `\` at a line's end to continue it), `$NAME`, `${NAME}`, `$?` and
// `$(…)` (or `` `…` ``), pipes, redirections, and `;`, `&&`, `||` between pipelines. Expansions stay
// in the words as parts and are done when the command runs (expand.ts), so `K=$(…) && echo $K` sees
// K. No globs or arithmetic: they stay literal. It never throws: anything it cannot read becomes a
// ParseResult with bash's message.

export type RedirectOp = '>' | '>>' | '<' | '2>' | '2>>' | '2>&1' | '&>';

/**
 * A piece of a word: text as written (`quoted` when it came from inside quotes or after a backslash),
 * or an expansion done when the command runs (`quoted` inside double quotes: no field splitting).
 */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'variable'; name: string; quoted: boolean }
  | { kind: 'command'; source: string; quoted: boolean };

export interface Word {
  parts: WordPart[];
  /** The word as typed, for messages. */
  raw: string;
}

export interface Redirect {
  op: RedirectOp;
  /** The file name; no parts for `2>&1`. */
  target: Word;
}

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
  /** How this pipeline joins the previous one: always `;` for the first. */
  after: ';' | '&&' | '||';
}

export type ParseResult = { ok: true; pipelines: Pipeline[] } | { ok: false; message: string };

type Token = { kind: 'word'; word: Word } | { kind: 'op'; value: string };

const OPERATORS = ['2>&1', '2>>', '&>', '>>', '&&', '||', '2>', '>', '<', '|', ';'];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** What `${…}` may hold: a name, a positional parameter (never set here, so empty) or `?`. */
const BRACED_NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|\?)$/;

/**
 * Where the `)` that closes a `$(` opened just before `from` is: quotes, escapes and nested parentheses
 * skipped as bash skips them. -1 when the line ends first.
 */
function closingParen(line: string, from: number): number {
  let depth = 1;
  for (let i = from; i < line.length; i++) {
    const char = line[i]!;
    if (char === '\\') i++;
    else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (char === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
      if (i >= line.length) return -1;
    } else if (char === '`') {
      for (i++; i < line.length && line[i] !== '`'; i++) if (line[i] === '\\') i++;
      if (i >= line.length) return -1;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

type Expansion = { part: WordPart; end: number } | { error: string } | null;

/**
 * The command substitution written the old way, between backquotes, that starts at `at`. Inside, a
 * backslash escapes only a dollar sign, a backquote or a backslash (bash's rule), so backquotes nest.
 */
function backquotedAt(line: string, at: number, quoted: boolean): Exclude<Expansion, null> {
  let source = '';
  for (let i = at + 1; i < line.length; i++) {
    const char = line[i]!;
    if (char === '`') return { part: { kind: 'command', source, quoted }, end: i + 1 };
    if (char === '\\' && i + 1 < line.length && '$`\\'.includes(line[i + 1]!)) source += line[++i];
    else source += char;
  }
  return { error: "bash: unexpected EOF while looking for matching ``'" };
}

/** The expansion that starts with the `$` at `at`, or null when that `$` is just a dollar sign. */
function expansionAt(line: string, at: number, quoted: boolean): Expansion {
  const next = line[at + 1];
  if (next === '(') {
    const close = closingParen(line, at + 2);
    if (close < 0) return { error: "bash: unexpected EOF while looking for matching `)'" };
    return { part: { kind: 'command', source: line.slice(at + 2, close), quoted }, end: close + 1 };
  }
  if (next === '{') {
    const close = line.indexOf('}', at + 2);
    if (close < 0) return { error: "bash: unexpected EOF while looking for matching `}'" };
    const name = line.slice(at + 2, close);
    if (!BRACED_NAME.test(name)) return { error: `bash: \${${name}}: bad substitution` };
    return { part: { kind: 'variable', name, quoted }, end: close + 1 };
  }
  // `$?`, and `$1`…`$9`: positional parameters, which a terminal session never has, so empty.
  if (next === '?' || (next !== undefined && next >= '0' && next <= '9')) return { part: { kind: 'variable', name: next, quoted }, end: at + 2 };
  const name = NAME.exec(line.slice(at + 1))?.[0];
  return name ? { part: { kind: 'variable', name, quoted }, end: at + 1 + name.length } : null;
}

/** The expansion that starts at `at` (a `$` or a backquote), or null when there is none. */
function expansionHere(line: string, at: number, quoted: boolean): Expansion {
  const char = line[at];
  if (char === '`') return backquotedAt(line, at, quoted);
  return char === '$' ? expansionAt(line, at, quoted) : null;
}

/** Splits a line into words and operators, or says what is unterminated. */
export function tokenize(line: string): { ok: true; tokens: Token[] } | { ok: false; message: string } {
  const tokens: Token[] = [];
  let parts: WordPart[] = [];
  let start = 0;
  let inWord = false;
  let i = 0;
  const text = (value: string, quoted: boolean) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'text' && last.quoted === quoted) last.text += value;
    else parts.push({ kind: 'text', text: value, quoted });
  };
  const begin = () => {
    if (!inWord) start = i;
    inWord = true;
  };
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', word: { parts, raw: line.slice(start, i) } });
    parts = [];
    inWord = false;
  };
  while (i < line.length) {
    const char = line[i]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      endWord();
      i++;
    } else if (char === '#' && !inWord) {
      break;
    } else if (char === '\\') {
      if (i + 1 >= line.length) {
        i++;
      } else if (line[i + 1] === '\n') {
        i += 2;
      } else if (line[i + 1] === '\r' && line[i + 2] === '\n') {
        i += 3;
      } else {
        begin();
        text(line[i + 1]!, true);
        i += 2;
      }
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, message: "bash: unexpected EOF while looking for matching `''" };
      begin();
      text(line.slice(i + 1, end), true);
      i = end + 1;
    } else if (char === '"') {
      begin();
      text('', true); // "" is a word of its own, even when empty
      i++;
      let closed = false;
      while (i < line.length) {
        const c = line[i]!;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        // Inside double quotes a backslash escapes only these, as in bash.
        if (c === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
          if (line[i + 1] !== '\n') text(line[i + 1]!, true);
          i += 2;
          continue;
        }
        const expansion = expansionHere(line, i, true);
        if (expansion && 'error' in expansion) return { ok: false, message: expansion.error };
        if (expansion) {
          parts.push(expansion.part);
          i = expansion.end;
          continue;
        }
        text(c, true);
        i++;
      }
      if (!closed) return { ok: false, message: 'bash: unexpected EOF while looking for matching `"\'' };
    } else {
      const expansion = expansionHere(line, i, false);
      if (expansion && 'error' in expansion) return { ok: false, message: expansion.error };
      if (expansion) {
        begin();
        parts.push(expansion.part);
        i = expansion.end;
        continue;
      }
      // `2>` is an operator only at a word's start, as `file2>x` is the word `file2` then `>`.
      const operator = OPERATORS.find((op) => line.startsWith(op, i) && (!op.startsWith('2') || !inWord));
      if (operator === undefined || (operator === '&>' && inWord)) {
        begin();
        text(char, false);
        i++;
      } else {
        endWord();
        tokens.push({ kind: 'op', value: operator });
        i += operator.length;
      }
    }
  }
  endWord();
  return { ok: true, tokens };
}

const unexpected = (token: string) => ({ ok: false as const, message: `bash: syntax error near unexpected token \`${token}'` });

/** Parses one line of input into pipelines. */
export function parseLine(line: string): ParseResult {
  const lexed = tokenize(line);
  if (!lexed.ok) return lexed;
  const pipelines: Pipeline[] = [];
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirects: [] };
  let after: Pipeline['after'] = ';';
  const tokens = lexed.tokens;
  const isEmpty = (command: SimpleCommand) => command.words.length === 0 && command.redirects.length === 0;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') {
      current.words.push(token.word);
      continue;
    }
    const op = token.value;
    if (op === '|') {
      if (isEmpty(current)) return unexpected('|');
      commands.push(current);
      current = { words: [], redirects: [] };
    } else if (op === ';' || op === '&&' || op === '||') {
      if (isEmpty(current)) return unexpected(op);
      commands.push(current);
      pipelines.push({ commands, after });
      commands = [];
      current = { words: [], redirects: [] };
      after = op;
    } else if (op === '2>&1') {
      current.redirects.push({ op, target: { parts: [], raw: '' } });
    } else {
      const next = tokens[i + 1];
      if (next === undefined) return unexpected('newline');
      if (next.kind === 'op') return unexpected(next.value);
      current.redirects.push({ op: op as RedirectOp, target: next.word });
      i++;
    }
  }
  if (isEmpty(current)) {
    // A trailing `;` is fine; a trailing `|`, `&&` or `||` waits for more in bash, so say so.
    if (commands.length > 0) return unexpected('newline');
    if (after !== ';') return unexpected('newline');
  } else {
    commands.push(current);
  }
  if (commands.length > 0) pipelines.push({ commands, after });
  return { ok: true, pipelines };
}
