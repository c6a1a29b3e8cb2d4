// Tokens of a JMESPath expression (jmespath.org/specification), as jmespath.py's lexer reads them.

export type TokenType =
  | 'unquoted_identifier' | 'quoted_identifier' | 'literal' | 'number' | 'eof'
  | 'dot' | 'star' | 'lbracket' | 'rbracket' | 'lbrace' | 'rbrace' | 'lparen' | 'rparen' | 'comma' | 'colon'
  | 'pipe' | 'or' | 'and' | 'not' | 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'flatten' | 'filter' | 'current' | 'expref';

export interface Token {
  type: TokenType;
  value: unknown;
  start: number;
}

export class JmesPathError extends Error {
  override readonly name = 'JmesPathError';
  constructor(expression: string, message: string, at: number) {
    super(`Invalid jmespath expression: ${message}:\n"${expression}"\n${' '.repeat(at + 1)}^`);
  }
}

const SIMPLE: Record<string, TokenType> = { '.': 'dot', '*': 'star', ']': 'rbracket', '{': 'lbrace', '}': 'rbrace', '(': 'rparen', ')': 'rparen', ',': 'comma', ':': 'colon', '@': 'current' };

export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new JmesPathError(expression, message, i);
  };
  const push = (type: TokenType, value: unknown, start: number) => tokens.push({ type, value, start });
  /** Reads up to the matching delimiter, honouring backslash escapes. */
  const delimited = (delimiter: string): string => {
    const start = i;
    i++;
    while (i < expression.length && expression[i] !== delimiter) i += expression[i] === '\\' ? 2 : 1;
    if (i >= expression.length) {
      i = start;
      fail(`Unclosed ${delimiter} delimiter`);
    }
    i++;
    return expression.slice(start + 1, i - 1);
  };
  while (i < expression.length) {
    const char = expression[i]!;
    const start = i;
    if (' \t\n\r'.includes(char)) {
      i++;
    } else if (char === '(') {
      push('lparen', char, start);
      i++;
    } else if (SIMPLE[char] !== undefined) {
      push(SIMPLE[char], char, start);
      i++;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expression.slice(i))![0];
      push('unquoted_identifier', match, start);
      i += match.length;
    } else if (/[-0-9]/.test(char)) {
      const match = /^-?\d+/.exec(expression.slice(i));
      if (!match) fail('Unknown token -');
      push('number', Number(match![0]), start);
      i += match![0].length;
    } else if (char === '[') {
      const next = expression[i + 1];
      if (next === ']') {
        push('flatten', '[]', start);
        i += 2;
      } else if (next === '?') {
        push('filter', '[?', start);
        i += 2;
      } else {
        push('lbracket', '[', start);
        i++;
      }
    } else if (char === "'") {
      push('literal', delimited("'").replaceAll("\\'", "'"), start);
    } else if (char === '"') {
      const raw = delimited('"');
      try {
        push('quoted_identifier', JSON.parse(`"${raw}"`) as string, start);
      } catch {
        i = start;
        fail(`Invalid quoted identifier`);
      }
    } else if (char === '`') {
      const raw = delimited('`').replaceAll('\\`', '`');
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        // jmespath.py's legacy rule: a literal that is not JSON is read as a JSON string.
        try {
          value = JSON.parse(`"${raw.trim()}"`);
        } catch {
          i = start;
          fail('Bad token');
        }
      }
      push('literal', value, start);
    } else if (char === '|') {
      if (expression[i + 1] === '|') {
        push('or', '||', start);
        i += 2;
      } else {
        push('pipe', '|', start);
        i++;
      }
    } else if (char === '&') {
      if (expression[i + 1] === '&') {
        push('and', '&&', start);
        i += 2;
      } else {
        push('expref', '&', start);
        i++;
      }
    } else if (char === '!') {
      if (expression[i + 1] === '=') {
        push('ne', '!=', start);
        i += 2;
      } else {
        push('not', '!', start);
        i++;
      }
    } else if (char === '=') {
      if (expression[i + 1] !== '=') fail('Unknown token =');
      push('eq', '==', start);
      i += 2;
    } else if (char === '<' || char === '>') {
      const equal = expression[i + 1] === '=';
      push(char === '<' ? (equal ? 'lte' : 'lt') : equal ? 'gte' : 'gt', null, start);
      i += equal ? 2 : 1;
    } else {
      fail(`Unknown token ${char}`);
    }
  }
  tokens.push({ type: 'eof', value: '', start: expression.length });
  return tokens;
}
