// The encryption context as a learner types it: `key=value` pairs separated by commas, the shorthand
// of the AWS CLI's --encryption-context. A value may contain '=' (only the first one splits).

export type ParsedContext = { ok: true; context: Record<string, string> | undefined } | { ok: false; problem: string };

export function parseEncryptionContext(text: string): ParsedContext {
  const context: Record<string, string> = {};
  const pairs = text.split(',').map((pair) => pair.trim()).filter((pair) => pair !== '');
  for (const pair of pairs) {
    const split = pair.indexOf('=');
    if (split < 0) return { ok: false, problem: `“${pair}” is not a key=value pair.` };
    const key = pair.slice(0, split).trim();
    const value = pair.slice(split + 1).trim();
    if (key === '') return { ok: false, problem: `“${pair}” has no key before the “=”.` };
    if (Object.hasOwn(context, key)) return { ok: false, problem: `The key “${key}” appears twice; each key may appear once.` };
    context[key] = value;
  }
  return { ok: true, context: pairs.length > 0 ? context : undefined };
}

export function formatEncryptionContext(context: Record<string, string> | undefined): string {
  return Object.entries(context ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}
