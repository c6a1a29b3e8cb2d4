import { describe, expect, it } from 'vitest';
import { budgetViolations, initialScripts } from './size-lib.mjs';

const manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, src: 'index.html', imports: ['_vendor.js'], dynamicImports: ['src/lazy.ts'] },
  '_vendor.js': { file: 'assets/vendor.js' },
  'src/lazy.ts': { file: 'assets/lazy.js', imports: ['_vendor.js'] },
};

describe('npm run size', () => {
  it('counts an entry and its static imports as initial, and dynamic imports as lazy', () => {
    const { entries, initial } = initialScripts(manifest);
    expect(entries['index.html']).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(initial.has('assets/lazy.js')).toBe(false);
  });

  it('passes sizes within budget', () => {
    expect(budgetViolations({ entries: { 'index.html': 100 * 1024 }, lazy: { 'assets/lazy.js': 10 * 1024 } }, { entries: { 'index.html': 200 }, lazyChunk: 150 })).toEqual([]);
  });

  it('fails when a budget is lowered below the real size', () => {
    const problems = budgetViolations({ entries: { 'index.html': 100 * 1024 }, lazy: { 'assets/lazy.js': 10 * 1024 } }, { entries: { 'index.html': 50 }, lazyChunk: 5 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/index\.html: initial JS 100\.0 KiB gzip exceeds its budget of 50 KiB/);
    expect(problems[1]).toMatch(/assets\/lazy\.js: 10\.0 KiB gzip exceeds the lazy-chunk budget of 5 KiB/);
  });

  it('fails when a budgeted entry is missing from the build', () => {
    expect(budgetViolations({ entries: {}, lazy: {} }, { entries: { 'embed.html': 110 }, lazyChunk: 150 })).toEqual(['embed.html: no such entry in the build']);
  });

  it('checks a standalone bundle (the embed widget) against its own budget, and fails when it is missing', () => {
    const budget = { entries: {}, lazyChunk: 150, bundles: { 'embed/kms-quiz.js': 110 } };
    expect(budgetViolations({ entries: {}, lazy: {}, bundles: { 'embed/kms-quiz.js': 100 * 1024 } }, budget)).toEqual([]);
    expect(budgetViolations({ entries: {}, lazy: {}, bundles: { 'embed/kms-quiz.js': 120 * 1024 } }, budget)).toEqual(['embed/kms-quiz.js: 120.0 KiB gzip exceeds its budget of 110 KiB']);
    expect(budgetViolations({ entries: {}, lazy: {} }, budget)).toEqual(['embed/kms-quiz.js: no such bundle in the build']);
  });
});
