export declare function initialScripts(manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[]; src?: string; dynamicImports?: string[] }>): {
  entries: Record<string, string[]>;
  initial: Set<string>;
};
export declare function budgetViolations(
  sizes: { entries: Record<string, number>; lazy: Record<string, number>; bundles?: Record<string, number> },
  budget: { entries: Record<string, number>; lazyChunk: number; bundles?: Record<string, number> },
): string[];
export declare const kib: (bytes: number) => string;
