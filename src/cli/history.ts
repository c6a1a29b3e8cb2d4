// Command history with bash's arrow-key behaviour: Up walks back from the newest line, Down walks
// forward and finally returns the line being typed before Up was first pressed.

export class History {
  #entries: string[] = [];
  #cursor = 0;
  #draft = '';

  constructor(
    initial: readonly string[] = [],
    readonly limit = 500,
  ) {
    this.#entries = initial.slice(-limit);
    this.#cursor = this.#entries.length;
  }

  entries(): readonly string[] {
    return this.#entries;
  }

  /** Records a line that was run (not blank, not a repeat of the last one, as HISTCONTROL=ignoredups). */
  add(line: string): void {
    const trimmed = line.trim();
    if (trimmed !== '' && this.#entries[this.#entries.length - 1] !== line) {
      this.#entries.push(line);
      if (this.#entries.length > this.limit) this.#entries.shift();
    }
    this.reset();
  }

  /** The line before the current one; `draft` is what the prompt holds when Up is first pressed. */
  previous(draft = ''): string | undefined {
    if (this.#cursor === this.#entries.length) this.#draft = draft;
    if (this.#cursor === 0) return this.#entries.length > 0 ? this.#entries[0] : undefined;
    this.#cursor--;
    return this.#entries[this.#cursor];
  }

  /** The line after the current one, or the saved draft past the newest. */
  next(): string | undefined {
    if (this.#cursor >= this.#entries.length) return undefined;
    this.#cursor++;
    return this.#cursor === this.#entries.length ? this.#draft : this.#entries[this.#cursor];
  }

  reset(): void {
    this.#cursor = this.#entries.length;
    this.#draft = '';
  }

  /** `history`'s listing: numbered from 1, right-aligned as bash prints it. */
  listing(): string {
    return this.#entries.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join('');
  }
}
