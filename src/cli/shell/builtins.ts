// The few Unix tools course material pipes into and out of `aws`: echo, cat, base64, ls, rm, clear.
// They behave like GNU coreutils where a learner could notice (echo's `-n`, base64's 76-column
// wrapping and "invalid input"), and read and write only the lab's file area.

import { concat, EMPTY, gnuB64decode, gnuB64encode, text, utf8 } from '../bytes';
import { resolvePath, type VirtualFiles } from '../virtual-files';
import { fail, ok, type CommandHandler, type CommandResult } from './command';

type Read = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A file operand as a command reads it; `-` is stdin. */
function readOperand(tool: string, path: string, stdin: Uint8Array, files: VirtualFiles): Read {
  if (path === '-') return { ok: true, bytes: stdin };
  const resolved = resolvePath(path);
  if (!resolved.ok) return { ok: false, message: `${tool}: ${resolved.message}\n` };
  if ('device' in resolved) return { ok: true, bytes: EMPTY };
  const bytes = files.read(resolved.name);
  return bytes ? { ok: true, bytes } : { ok: false, message: `${tool}: ${path}: No such file or directory\n` };
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** `echo -e`'s escapes, as bytes (`\xHH` and `\0nnn` are raw bytes); `\c` stops all output, as in bash. */
function interpretEscapes(value: string): { bytes: Uint8Array; stop: boolean } {
  const parts: Uint8Array[] = [];
  let run = '';
  const flush = () => {
    parts.push(utf8(run));
    run = '';
  };
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    const next = value[i + 1];
    if (char !== '\\' || next === undefined) {
      run += char;
    } else if (next === 'c') {
      flush();
      return { bytes: concat(parts), stop: true };
    } else if (ESCAPES[next] !== undefined) {
      run += ESCAPES[next];
      i++;
    } else if (next === 'x' && /^[0-9a-fA-F]/.test(value[i + 2] ?? '')) {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(value.slice(i + 2))![0];
      flush();
      parts.push(Uint8Array.of(parseInt(hex, 16)));
      i += 1 + hex.length;
    } else if (next === '0') {
      const octal = /^[0-7]{0,3}/.exec(value.slice(i + 2))![0];
      flush();
      parts.push(Uint8Array.of(parseInt(octal || '0', 8) & 0xff));
      i += 1 + octal.length;
    } else {
      run += char;
    }
  }
  flush();
  return { bytes: concat(parts), stop: false };
}

const echo: CommandHandler = ({ argv }) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  // bash's echo takes option words made only of n, e and E; anything else is text.
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]!); i++) {
    for (const flag of argv[i]!.slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  const joined = argv.slice(i).join(' ');
  if (!escapes) return ok(utf8(joined + (newline ? '\n' : '')));
  const { bytes, stop } = interpretEscapes(joined);
  return ok(newline && !stop ? concat([bytes, utf8('\n')]) : bytes);
};

const cat: CommandHandler = ({ argv, stdin, files }) => {
  const operands = argv.length === 0 ? ['-'] : argv;
  const out: Uint8Array[] = [];
  let stderr = '';
  for (const operand of operands) {
    const read = readOperand('cat', operand, stdin, files);
    if (read.ok) out.push(read.bytes);
    else stderr += read.message;
  }
  return { stdout: concat(out), stderr, exitCode: stderr ? 1 : 0 };
};

const BASE64_USAGE = "Usage: base64 [OPTION]... [FILE]\nTry 'base64 --help' for more information.\n";

const base64: CommandHandler = ({ argv, stdin, files }) => {
  let decode = false;
  let ignoreGarbage = false;
  let wrap = 76;
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-d' || arg === '--decode' || arg === '-D') decode = true;
    else if (arg === '-i' || arg === '--ignore-garbage') ignoreGarbage = true;
    else if (arg === '-w' || arg === '--wrap' || arg.startsWith('--wrap=') || /^-w\d+$/.test(arg)) {
      const value = arg.startsWith('--wrap=') ? arg.slice(7) : arg.startsWith('-w') && arg.length > 2 ? arg.slice(2) : argv[++i];
      if (value === undefined || !/^\d+$/.test(value)) return fail(`base64: invalid wrap size: '${value ?? ''}'\n`);
      wrap = Number(value);
    } else if (arg === '--help') {
      return ok(utf8('Usage: base64 [OPTION]... [FILE]\nBase64 encode or decode FILE, or standard input, to standard output.\n\n  -d, --decode          decode data\n  -i, --ignore-garbage  when decoding, ignore non-alphabet characters\n  -w, --wrap=COLS       wrap encoded lines after COLS character (default 76).\n                          Use 0 to disable line wrapping\n'));
    } else if (arg.startsWith('-') && arg !== '-') return fail(`base64: invalid option -- '${arg.replace(/^-+/, '')}'\n${BASE64_USAGE}`);
    else operands.push(arg);
  }
  if (operands.length > 1) return fail(`base64: extra operand '${operands[1]}'\n${BASE64_USAGE}`);
  const read = readOperand('base64', operands[0] ?? '-', stdin, files);
  if (!read.ok) return fail(read.message);
  if (!decode) return ok(utf8(gnuB64encode(read.bytes, wrap)));
  const decoded = gnuB64decode(text(read.bytes), ignoreGarbage);
  return decoded.ok ? ok(decoded.bytes) : fail('base64: invalid input\n', 1, decoded.bytes);
};

const ls: CommandHandler = ({ argv, files }) => {
  const long = argv.some((arg) => /^-[a-zA-Z]*l/.test(arg));
  const names = argv.filter((arg) => !arg.startsWith('-'));
  const all = files.list();
  let stderr = '';
  const shown = names.length === 0
    ? all
    : names.flatMap((path) => {
        const resolved = resolvePath(path);
        const entry = resolved.ok && 'name' in resolved ? all.find((file) => file.name === resolved.name) : undefined;
        if (!entry) stderr += `ls: cannot access '${path}': No such file or directory\n`;
        return entry ? [entry] : [];
      });
  const lines = long
    ? shown.map((file) => `-rw-r--r-- 1 cloudshell-user cloudshell-user ${String(file.size).padStart(8)} ${file.name}`)
    : shown.map((file) => file.name);
  const body = lines.length > 0 ? `${lines.join(long ? '\n' : '  ')}\n` : '';
  return { stdout: utf8(body), stderr, exitCode: stderr ? 2 : 0 };
};

const rm: CommandHandler = ({ argv, files }) => {
  const force = argv.some((arg) => /^-[a-zA-Z]*f/.test(arg));
  const operands = argv.filter((arg) => !arg.startsWith('-') || arg === '-');
  if (operands.length === 0) return force ? ok(EMPTY) : fail("rm: missing operand\nTry 'rm --help' for more information.\n");
  let stderr = '';
  for (const operand of operands) {
    const resolved = resolvePath(operand);
    const removed = resolved.ok && 'name' in resolved && files.remove(resolved.name);
    if (!removed && !force) stderr += `rm: cannot remove '${operand}': No such file or directory\n`;
  }
  return { stdout: EMPTY, stderr, exitCode: stderr ? 1 : 0 };
};

const clear: CommandHandler = (): CommandResult => ({ stdout: EMPTY, stderr: '', exitCode: 0, clear: true });

export const BUILTINS: ReadonlyMap<string, CommandHandler> = new Map([
  ['echo', echo],
  ['cat', cat],
  ['base64', base64],
  ['ls', ls],
  ['rm', rm],
  ['clear', clear],
]);
