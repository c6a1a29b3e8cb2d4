// A small POSIX-shell grammar, enough for the commands course material prints: words with '…', "…"
// and backslash escapes (and `\` at a line's end to continue it), pipes, redirections, and `;`,
// `&&`, `||` between pipelines. No variables, globs or $(…): they stay literal. It never throws:
// anything it cannot read becomes a ParseResult with bash's message.

export type RedirectOp = '>' | '>>' | '<' | '2>' | '2>>' | '2>&1' | '&>';

export interface Redirect {
  op: RedirectOp;
  /** The file name; empty for `2>&1`. */
  target: string;
}

export interface SimpleCommand {
  argv: string[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
  /** How this pipeline joins the previous one: always `;` for the first. */
  after: ';' | '&&' | '||';
}

export type ParseResult = { ok: true; pipelines: Pipeline[] } | { ok: false; message: string };

type Token = { kind: 'word'; value: string } | { kind: 'op'; value: string };

const OPERATORS = ['2>&1', '2>>', '&>', '>>', '&&', '||', '2>', '>', '<', '|', ';'];

/** Splits a line into words and operators, or says what is unterminated. */
export function tokenize(line: string): { ok: true; tokens: Token[] } | { ok: false; message: string } {
  const tokens: Token[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const endWord = () => {
    if (inWord) tokens.push({ kind: 'word', value: word });
    word = '';
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
        word += line[i + 1];
        inWord = true;
        i += 2;
      }
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, message: "bash: unexpected EOF while looking for matching `''" };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (char === '"') {
      i++;
      inWord = true;
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
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
          continue;
        }
        word += c;
        i++;
      }
      if (!closed) return { ok: false, message: 'bash: unexpected EOF while looking for matching `"\'' };
    } else {
      // `2>` is an operator only at a word's start, as `file2>x` is the word `file2` then `>`.
      const operator = OPERATORS.find((op) => line.startsWith(op, i) && (!op.startsWith('2') || !inWord));
      if (operator === undefined || (operator === '&>' && inWord)) {
        word += char;
        inWord = true;
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
  let current: SimpleCommand = { argv: [], redirects: [] };
  let after: Pipeline['after'] = ';';
  const tokens = lexed.tokens;
  const isEmpty = (command: SimpleCommand) => command.argv.length === 0 && command.redirects.length === 0;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') {
      current.argv.push(token.value);
      continue;
    }
    const op = token.value;
    if (op === '|') {
      if (isEmpty(current)) return unexpected('|');
      commands.push(current);
      current = { argv: [], redirects: [] };
    } else if (op === ';' || op === '&&' || op === '||') {
      if (isEmpty(current)) return unexpected(op);
      commands.push(current);
      pipelines.push({ commands, after });
      commands = [];
      current = { argv: [], redirects: [] };
      after = op;
    } else if (op === '2>&1') {
      current.redirects.push({ op, target: '' });
    } else {
      const next = tokens[i + 1];
      if (next === undefined) return unexpected('newline');
      if (next.kind === 'op') return unexpected(next.value);
      current.redirects.push({ op: op as RedirectOp, target: next.value });
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
