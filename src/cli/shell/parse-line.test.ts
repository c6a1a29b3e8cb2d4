// The shell grammar: quoting and escapes as bash reads them, pipes, redirections and sequencing,
// bash's messages for what it cannot read, and a property: no input makes the parser throw.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLine, type ParseResult, type Word } from './parse-line';

/** A word with no expansions, as the text it stands for. */
const literal = (word: Word) => {
  if (!word.parts.every((part) => part.kind === 'text')) throw new Error(`${word.raw} has expansions`);
  return word.parts.map((part) => (part.kind === 'text' ? part.text : '')).join('');
};
const argv = (line: string) => {
  const parsed = parseLine(line);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.pipelines.map((pipeline) => pipeline.commands.map((command) => command.words.map(literal)));
};
const message = (line: string) => (parseLine(line) as Extract<ParseResult, { ok: false }>).message;

describe('quoting and escapes', () => {
  it('splits words on blanks and keeps quoted blanks', () => {
    expect(argv(`aws kms create-key --description "demo key"`)).toEqual([[['aws', 'kms', 'create-key', '--description', 'demo key']]]);
    expect(argv(`echo 'single $HOME "x"'`)).toEqual([[['echo', 'single $HOME "x"']]]);
  });

  it('joins adjacent quoted and unquoted parts into one word', () => {
    expect(argv(`echo a"b c"'d'e`)).toEqual([[['echo', 'ab cde']]]);
    expect(argv(`echo "" ''`)).toEqual([[['echo', '', '']]]);
  });

  it('escapes with a backslash outside quotes, and only \\ " $ ` inside double quotes', () => {
    expect(argv(String.raw`echo a\ b \| \"`)).toEqual([[['echo', 'a b', '|', '"']]]);
    expect(argv(String.raw`echo "a\"b\\c\n"`)).toEqual([[['echo', 'a"b\\c\\n']]]);
    expect(argv(String.raw`echo 'no \' escape`)).toEqual([[['echo', 'no \\', 'escape']]]);
  });

  it('continues a line after a trailing backslash, as multi-line examples in the AWS docs are written', () => {
    expect(argv('aws kms decrypt \\\n    --ciphertext-blob fileb://x \\\n    --output text')).toEqual([[['aws', 'kms', 'decrypt', '--ciphertext-blob', 'fileb://x', '--output', 'text']]]);
  });

  it('treats # at the start of a word as a comment', () => {
    expect(argv('echo a#b # comment')).toEqual([[['echo', 'a#b']]]);
  });

  it('names the unterminated quote as bash does', () => {
    expect(message('echo "abc')).toBe('bash: unexpected EOF while looking for matching `"\'');
    expect(message("echo 'abc")).toBe("bash: unexpected EOF while looking for matching `''");
  });
});

describe('expansions, kept as parts for the runner', () => {
  const parts = (line: string) => {
    const parsed = parseLine(line);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.pipelines[0]!.commands[0]!.words.map((word) => word.parts);
  };

  it('reads $NAME, ${NAME}, $? and $(…), quoted or not', () => {
    expect(parts('echo $KEY_ID "${KEY_ID}x" $?')).toEqual([
      [{ kind: 'text', text: 'echo', quoted: false }],
      [{ kind: 'variable', name: 'KEY_ID', quoted: false }],
      [{ kind: 'text', text: '', quoted: true }, { kind: 'variable', name: 'KEY_ID', quoted: true }, { kind: 'text', text: 'x', quoted: true }],
      [{ kind: 'variable', name: '?', quoted: false }],
    ]);
    expect(parts('K=$(aws kms create-key --query "KeyMetadata.KeyId" --output text)')).toEqual([
      [{ kind: 'text', text: 'K=', quoted: false }, { kind: 'command', source: 'aws kms create-key --query "KeyMetadata.KeyId" --output text', quoted: false }],
    ]);
  });

  it('finds the ) that closes $( past quotes, escapes and nested $( )', () => {
    expect(parts(String.raw`echo "$(echo ')' "a)" \) $(echo b))"`)[1]![1]).toEqual({ kind: 'command', source: String.raw`echo ')' "a)" \) $(echo b)`, quoted: true });
  });

  it('reads `…` as the old spelling of $(…), with \\` nesting inside it', () => {
    expect(parts('K=`aws kms list-keys` "`echo \\`echo a\\``"')).toEqual([
      [{ kind: 'text', text: 'K=', quoted: false }, { kind: 'command', source: 'aws kms list-keys', quoted: false }],
      [{ kind: 'text', text: '', quoted: true }, { kind: 'command', source: 'echo `echo a`', quoted: true }],
    ]);
    expect(message('echo `echo a')).toBe("bash: unexpected EOF while looking for matching ``'");
  });

  it('leaves $ literal where bash does: in single quotes, escaped, or before no name', () => {
    expect(argv(String.raw`echo '$X' \$X "\$X" $ a$ "a$"`)).toEqual([[['echo', '$X', '$X', '$X', '$', 'a$', 'a$']]]);
  });

  it('names what is unterminated or malformed as bash does', () => {
    expect(message('echo $(echo a')).toBe("bash: unexpected EOF while looking for matching `)'");
    expect(message('echo ${A')).toBe("bash: unexpected EOF while looking for matching `}'");
    expect(message('echo ${1A}')).toBe('bash: ${1A}: bad substitution');
  });
});

describe('pipes, redirections and sequencing', () => {
  it('splits a pipeline into stages', () => {
    expect(argv('aws kms encrypt --query CiphertextBlob | base64 --decode')).toEqual([[['aws', 'kms', 'encrypt', '--query', 'CiphertextBlob'], ['base64', '--decode']]]);
  });

  it('reads > >> < 2> 2>&1 and &> with their targets', () => {
    const redirects = (line: string) => {
      const parsed = parseLine(line);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.pipelines[0]!.commands[0]!.redirects.map(({ op, target }) => [op, target.raw]);
    };
    expect(argv('cat < in.txt > out.txt 2>> err.log 2>&1')).toEqual([[['cat']]]);
    expect(redirects('cat < in.txt > out.txt 2>> err.log 2>&1')).toEqual([['<', 'in.txt'], ['>', 'out.txt'], ['2>>', 'err.log'], ['2>&1', '']]);
    expect(argv('echo x>>f')).toEqual([[['echo', 'x']]]);
    expect(redirects('echo x>>f')).toEqual([['>>', 'f']]);
  });

  it('reads a quoted > as text, and 2> only at the start of a word', () => {
    expect(argv(`echo ">" file2>x`)).toEqual([[['echo', '>', 'file2']]]);
  });

  it('joins pipelines with ; && and ||', () => {
    const parsed = parseLine('echo a; echo b && echo c || echo d;');
    expect(parsed.ok && parsed.pipelines.map((pipeline) => [pipeline.after, literal(pipeline.commands[0]!.words[1]!)])).toEqual([[';', 'a'], [';', 'b'], ['&&', 'c'], ['||', 'd']]);
  });

  it('reports a missing command or target as a syntax error', () => {
    expect(message('| base64')).toBe("bash: syntax error near unexpected token `|'");
    expect(message('echo a |')).toBe("bash: syntax error near unexpected token `newline'");
    expect(message('echo a >')).toBe("bash: syntax error near unexpected token `newline'");
    expect(message('echo a > | b')).toBe("bash: syntax error near unexpected token `|'");
    expect(message('; echo')).toBe("bash: syntax error near unexpected token `;'");
  });

  it('reads an empty or blank line as nothing to run', () => {
    expect(parseLine('')).toEqual({ ok: true, pipelines: [] });
    expect(parseLine('   # only a comment')).toEqual({ ok: true, pipelines: [] });
  });
});

describe('properties', () => {
  it('never throws: any input is pipelines or a parse error', () => {
    const shellish = fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '\\', '|', '>', '<', '&', ';', '2', '#', '\n', '$', '=', '(', ')', '{', '}', '?'), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), shellish), (line) => {
        const parsed = parseLine(line);
        expect(typeof parsed.ok).toBe('boolean');
        if (!parsed.ok) expect(parsed.message).toMatch(/^bash: /);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('reads back any word quoted in single quotes unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (words) => {
        const line = ['echo', ...words.map((word) => `'${word.replaceAll("'", `'\\''`)}'`)].join(' ');
        expect(argv(line)).toEqual([[['echo', ...words]]]);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
