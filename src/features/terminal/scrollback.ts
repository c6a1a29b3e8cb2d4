// The terminal's screen as data: what was typed at which prompt and what came back. Bounded, so a
// learner who loops `aws kms list-keys` all afternoon does not make the page slow.

export interface ScreenEntry {
  id: number;
  prompt: string;
  /** The line as typed, with `^C` when it was cancelled. */
  command: string;
  /** stdout and stderr as the terminal shows them (stderr after stdout, as they arrive). */
  output: string;
  /** Whether the output includes an error line (exit code not 0). */
  failed: boolean;
}

export const MAX_ENTRIES = 300;
/** Characters of one entry's output kept on screen; the rest is summarised in a line. */
export const MAX_OUTPUT_CHARS = 200_000;

export function clipOutput(output: string, max = MAX_OUTPUT_CHARS): string {
  if (output.length <= max) return output;
  return `${output.slice(0, max)}\n[KMS Lab: ${output.length - max} more characters not shown; redirect to a file with > to keep them all]\n`;
}

export function appendEntry(screen: readonly ScreenEntry[], entry: Omit<ScreenEntry, 'id'>, max = MAX_ENTRIES): ScreenEntry[] {
  const id = (screen[screen.length - 1]?.id ?? 0) + 1;
  const next = [...screen, { ...entry, output: clipOutput(entry.output), id }];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** What the live region reads after a command: its output, shortened, or a word when it printed nothing. */
export function announcement(entry: Pick<ScreenEntry, 'output' | 'failed'>, max = 600): string {
  const output = entry.output.trim();
  if (output === '') return entry.failed ? 'The command failed with no output.' : 'Done, no output.';
  return output.length > max ? `${output.slice(0, max)}… (output continues on screen)` : output;
}

/** How many characters fit across the screen, for `--output table` (the CLI's default is 80). */
export function columnsFor(widthPx: number, charWidthPx: number): number {
  if (!(widthPx > 0) || !(charWidthPx > 0)) return 80;
  return Math.max(20, Math.min(400, Math.floor(widthPx / charWidthPx)));
}
