// `--output json`: Python's json.dump(indent=4, ensure_ascii=False), which JSON.stringify with four
// spaces matches for the values a response holds. An empty response prints nothing, as the CLI's
// JSONFormatter skips `{}`; a query that finds nothing prints `null`.

export function formatJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return '';
  return `${JSON.stringify(value ?? null, null, 4)}\n`;
}
