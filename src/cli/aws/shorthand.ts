// The AWS CLI's shorthand syntax (`TagKey=a,TagValue=b`, `purpose=demo,team=x`, `[a,b]`, `{k=v}`),
// following awscli/shorthand.py's grammar and its error text ("Expected: '=', received: 'EOF' for
// input: …"), so a typo gets the message a learner would search for.

export type ShorthandValue = string | ShorthandValue[] | { [key: string]: ShorthandValue };

export class ShorthandError extends Error {
  override readonly name = 'ShorthandError';
  constructor(input: string, expected: string, actual: string, index: number) {
    const lineStart = input.lastIndexOf('\n', index - 1) + 1;
    super(`Expected: '${expected}', received: '${actual}' for input:\n${input}\n${' '.repeat(index - lineStart)}^\n`);
  }
}

// awscli's value regexes: the first character may not be a quote, comma, `=`, `[` or `{`; later
// characters may not be a space, quote or comma (`\,` escapes a comma).
const FIRST_VALUE = /^((\\,)|[!#-&(-+\--<>-Z\\-z|-\uffff])((\\,)|[!#-&(-+\--\\^-|~-\uffff])*/u;
const SECOND_VALUE = /^((\\,)|[!#-&(-+\--<>-Z\\-z|-\uffff])((\\,)|[!#-&(-+\--<>-\uffff])*/u;
const SINGLE_QUOTED = /^'(?:\\\\|\\'|[^'])*'/;
const DOUBLE_QUOTED = /^"(?:\\\\|\\"|[^"])*"/;
const WHITESPACE = ' \t\n\r\v\f';

class Parser {
  #index = 0;
  constructor(readonly input: string) {}

  parse(): Record<string, ShorthandValue> {
    const params: Record<string, ShorthandValue> = {};
    this.#keyval(params);
    while (this.#index < this.input.length) {
      this.#expect(',', true);
      this.#keyval(params);
    }
    return params;
  }

  #keyval(into: Record<string, ShorthandValue>): void {
    const key = this.#key();
    this.#expect('=', true);
    define(into, key, this.#values());
  }

  #key(): string {
    const start = this.#index;
    while (this.#index < this.input.length && /[A-Za-z0-9]/.test(this.input[this.#index]!)) this.#index++;
    return this.input.slice(start, this.#index);
  }

  #values(): ShorthandValue {
    if (this.#eof()) return '';
    if (this.#current() === '[') return this.#explicitList();
    if (this.#current() === '{') return this.#hash();
    return this.#csvValue();
  }

  #csvValue(): ShorthandValue {
    const first = this.#firstValue();
    this.#whitespace();
    if (this.#eof() || this.input[this.#index] !== ',') return first;
    this.#expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const current = this.#secondValue();
        this.#whitespace();
        if (this.#eof()) {
          list.push(current);
          break;
        }
        this.#expect(',', true);
        list.push(current);
      } catch (error) {
        // `a=b,c=d`: what looked like a second value was the next key; back up to its comma.
        if (!(error instanceof ShorthandError) || this.#eof()) throw error;
        while (this.#index >= 0 && this.input[this.#index] !== ',') this.#index--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  }

  #explicitList(): ShorthandValue[] {
    this.#expect('[', true);
    const values: ShorthandValue[] = [];
    while (this.#current() !== ']') {
      values.push(this.#explicitValue());
      this.#whitespace();
      if (this.#current() !== ']') {
        this.#expect(',');
        this.#whitespace();
      }
    }
    this.#expect(']');
    return values;
  }

  #explicitValue(): ShorthandValue {
    if (this.#current() === '[') return this.#explicitList();
    if (this.#current() === '{') return this.#hash();
    return this.#firstValue();
  }

  #hash(): Record<string, ShorthandValue> {
    this.#expect('{', true);
    const out: Record<string, ShorthandValue> = {};
    while (this.#current() !== '}') {
      const key = this.#key();
      this.#expect('=', true);
      const value = this.#explicitValue();
      this.#whitespace();
      if (this.#current() !== '}') {
        this.#expect(',');
        this.#whitespace();
      }
      define(out, key, value);
    }
    this.#expect('}');
    return out;
  }

  #firstValue(): string {
    if (this.#current() === "'") return this.#quoted(SINGLE_QUOTED, "'");
    if (this.#current() === '"') return this.#quoted(DOUBLE_QUOTED, '"');
    const match = FIRST_VALUE.exec(this.input.slice(this.#index));
    if (!match) return '';
    this.#index += match[0].length;
    return match[0].replaceAll('\\,', ',');
  }

  #secondValue(): string {
    if (this.#current() === "'") return this.#quoted(SINGLE_QUOTED, "'");
    if (this.#current() === '"') return this.#quoted(DOUBLE_QUOTED, '"');
    return this.#mustMatch(SECOND_VALUE, 'second').replaceAll('\\,', ',');
  }

  #quoted(regex: RegExp, quote: string): string {
    const name = quote === "'" ? 'singled quoted' : 'double quoted';
    return this.#mustMatch(regex, name).slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll('\\\\', '\\');
  }

  #mustMatch(regex: RegExp, name: string): string {
    const match = regex.exec(this.input.slice(this.#index));
    if (!match) throw new ShorthandError(this.input, `<${name}>`, '<none>', this.#index);
    this.#index += match[0].length;
    return match[0];
  }

  #expect(char: string, whitespace = false): void {
    if (whitespace) this.#whitespace();
    if (this.#eof()) throw new ShorthandError(this.input, char, 'EOF', this.#index);
    const actual = this.input[this.#index]!;
    if (actual !== char) throw new ShorthandError(this.input, char, actual, this.#index);
    this.#index++;
    if (whitespace) this.#whitespace();
  }

  #whitespace(): void {
    while (!this.#eof() && WHITESPACE.includes(this.input[this.#index]!)) this.#index++;
  }

  #current(): string | undefined {
    return this.input[this.#index];
  }

  #eof(): boolean {
    return this.#index >= this.input.length;
  }
}

// defineProperty: a key named `__proto__` must stay a key, never reach the prototype.
function define(target: Record<string, ShorthandValue>, key: string, value: ShorthandValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses one shorthand value; throws ShorthandError with awscli's message. */
export function parseShorthand(input: string): Record<string, ShorthandValue> {
  return new Parser(input).parse();
}
