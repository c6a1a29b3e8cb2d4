import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The Files page, found the way a learner finds it: by headings, labels and roles. */
export class FilesPage {
  readonly seal: Locator;
  readonly open: Locator;
  readonly journey: Locator;

  constructor(readonly page: Page) {
    this.seal = page.getByRole('region', { name: 'Encrypt a file' });
    this.open = page.getByRole('region', { name: 'Open a package' });
    this.journey = page.getByRole('region', { name: 'The file’s journey' });
  }

  async visit(): Promise<void> {
    await this.page.goto('./#/files');
    await this.page.getByRole('heading', { level: 1, name: 'Encrypt a file with a data key' }).waitFor();
    await this.seal.getByRole('button', { name: 'Create a demo key' }).and(this.page.locator(':enabled')).waitFor();
  }

  async createDemoKey(): Promise<void> {
    await this.seal.getByRole('button', { name: 'Create a demo key' }).click();
    await this.seal.getByRole('combobox', { name: 'KMS key for GenerateDataKey' }).waitFor();
  }

  /** Encrypts `bytes` as the file `name` and returns the downloaded package's bytes. */
  async encrypt(name: string, bytes: Uint8Array): Promise<Uint8Array> {
    await this.seal.getByLabel('File to encrypt').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await this.seal.getByRole('button', { name: `Encrypt ${name}` }).click();
    return this.download(this.seal.getByRole('link', { name: `Download ${name}.kmslab` }));
  }

  async choosePackage(name: string, bytes: Uint8Array): Promise<void> {
    await this.open.getByLabel('Package to open').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  }

  async decrypt(): Promise<void> {
    await this.open.getByRole('button', { name: 'Decrypt and verify' }).click();
  }

  async download(link: Locator): Promise<Uint8Array> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return new Uint8Array(await readFile(await download.path()));
  }

  /** Clicks a download link and returns where the browser saved the file, for files too large to read whole. */
  async downloadToDisk(link: Locator, { timeout }: { timeout: number }): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout }), link.click({ timeout })]);
    return download.path();
  }

  outcome(panel: Locator): Locator {
    return panel.getByRole('status');
  }

  /** The journey table's rows as [step, where, what happened, what crossed, result, read from]. */
  async journeyRows(): Promise<string[][]> {
    return this.journey.locator('tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell as HTMLElement).innerText.trim())));
  }
}
