import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The terminal page, found the way a learner finds it: by its heading, labels and roles. */
export class TerminalPage {
  readonly terminal: Locator;
  readonly input: Locator;
  readonly output: Locator;
  readonly announcer: Locator;
  readonly files: Locator;

  constructor(readonly page: Page) {
    this.terminal = page.getByRole('region', { name: 'Terminal', exact: true });
    this.input = this.terminal.getByRole('textbox', { name: 'Command' });
    this.output = this.terminal.getByRole('region', { name: 'Terminal output' });
    this.announcer = this.terminal.getByRole('status');
    this.files = page.getByRole('region', { name: 'File area' });
  }

  async visit(): Promise<void> {
    await this.page.goto('./#/terminal');
    await this.page.getByRole('heading', { level: 1, name: 'AWS CLI terminal' }).waitFor();
    await expect(this.terminal.getByText(/Region .* · profile /)).toBeVisible();
  }

  /** Types a line from the keyboard and presses Enter; resolves once its output is on screen. */
  async run(line: string): Promise<string> {
    const before = await this.entries().count();
    await this.input.focus();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
    await expect(this.entries()).toHaveCount(before + 1);
    return this.lastOutput();
  }

  /** Pastes text into the command line as the clipboard would deliver it. */
  async paste(text: string): Promise<void> {
    await this.input.focus();
    await this.input.evaluate((input, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  entries(): Locator {
    return this.output.locator('.terminal__entry');
  }

  async lastOutput(): Promise<string> {
    const output = this.entries().last().locator('.terminal__output');
    return (await output.count()) === 0 ? '' : output.innerText();
  }

  fileRow(name: string): Locator {
    return this.files.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async upload(name: string, bytes: Uint8Array): Promise<void> {
    await this.files.getByLabel('Upload files to the file area').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  async download(name: string): Promise<Uint8Array> {
    await this.files.getByRole('button', { name: `Download ${name}` }).focus();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(name);
    return new Uint8Array(await readFile(await download.path()));
  }
}
