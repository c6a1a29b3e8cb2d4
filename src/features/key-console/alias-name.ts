// The alias name a learner types in the console (without "alias/", as AWS's console asks for it),
// checked against the rules of CreateAlias before anything is sent, so a key is never created whose
// alias then fails. Wording follows AWS's console; KMS itself still has the last word.

export const ALIAS_PREFIX = 'alias/';
const MAX_ALIAS_LENGTH = 256;

/** The full AliasName for what was typed ("my-key" → "alias/my-key"); a typed prefix is kept once. */
export function fullAliasName(typed: string): string {
  const name = typed.trim();
  return name.startsWith(ALIAS_PREFIX) ? name : `${ALIAS_PREFIX}${name}`;
}

/** Why the alias cannot be created, or null when it follows the rules. Empty means "no alias". */
export function aliasProblem(typed: string): string | null {
  if (typed.trim() === '') return null;
  const full = fullAliasName(typed);
  if (full === ALIAS_PREFIX) return 'Enter a name after alias/.';
  if (!/^[a-zA-Z0-9:/_-]+$/.test(full)) return 'Alias names can contain only letters, numbers, slashes (/), underscores (_), dashes (-) and colons (:).';
  if (full.startsWith('alias/aws/')) return 'Alias names cannot begin with aws/: that prefix is reserved for AWS managed keys.';
  if (full.length > MAX_ALIAS_LENGTH) return `The full alias name (with alias/) can be at most ${MAX_ALIAS_LENGTH} characters.`;
  return null;
}

/** A tag list as the learner typed it: rows with an empty key are dropped, keys are trimmed. */
export function tagsFrom(rows: readonly { key: string; value: string }[]): { TagKey: string; TagValue: string }[] {
  return rows.filter((row) => row.key.trim() !== '').map((row) => ({ TagKey: row.key.trim(), TagValue: row.value }));
}
