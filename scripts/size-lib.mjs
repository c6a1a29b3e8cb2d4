// Pure helpers behind `npm run size`: which built scripts load up front for each HTML entry, and
// which budgets they break. Kept apart from the file system so a unit test can show a budget fail.

/**
 * @param {Record<string, {file: string, isEntry?: boolean, imports?: string[], src?: string}>} manifest Vite's build manifest
 * @returns {{entries: Record<string, string[]>, initial: Set<string>}} per HTML entry, the script files it loads up front
 */
export function initialScripts(manifest) {
  const entries = {};
  const initial = new Set();
  for (const [id, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    const files = new Set();
    const visit = (key) => {
      const item = manifest[key];
      if (!item || files.has(item.file)) return;
      files.add(item.file);
      for (const child of item.imports ?? []) visit(child);
    };
    visit(id);
    const scripts = [...files].filter((file) => file.endsWith('.js'));
    entries[chunk.src ?? id] = scripts;
    for (const file of scripts) initial.add(file);
  }
  return { entries, initial };
}

/**
 * @param {{entries: Record<string, number>, lazy: Record<string, number>, bundles?: Record<string, number>}} sizes gzip bytes per entry (summed), per lazy script, and per standalone bundle (summed with its imports)
 * @param {{entries: Record<string, number>, lazyChunk: number, bundles?: Record<string, number>}} budget KiB
 * @returns {string[]} one line per broken budget
 */
export function budgetViolations(sizes, budget) {
  const problems = [];
  // Standalone bundles (the embeddable widget) are loaded by other sites' pages, whole, in one go.
  for (const [file, limitKiB] of Object.entries(budget.bundles ?? {})) {
    const bytes = sizes.bundles?.[file];
    if (bytes === undefined) problems.push(`${file}: no such bundle in the build`);
    else if (bytes > limitKiB * 1024) problems.push(`${file}: ${kib(bytes)} KiB gzip exceeds its budget of ${limitKiB} KiB`);
  }
  for (const [entry, limitKiB] of Object.entries(budget.entries)) {
    const bytes = sizes.entries[entry];
    if (bytes === undefined) problems.push(`${entry}: no such entry in the build`);
    else if (bytes > limitKiB * 1024) problems.push(`${entry}: initial JS ${kib(bytes)} KiB gzip exceeds its budget of ${limitKiB} KiB`);
  }
  for (const [file, bytes] of Object.entries(sizes.lazy)) {
    if (bytes > budget.lazyChunk * 1024) problems.push(`${file}: ${kib(bytes)} KiB gzip exceeds the lazy-chunk budget of ${budget.lazyChunk} KiB`);
  }
  return problems;
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
