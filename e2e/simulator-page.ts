import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Simulator state page and the header's clock, found by headings, labels and roles. */
export class SimulatorPage {
  readonly exportButton: Locator;
  readonly fileInput: Locator;
  readonly resetButton: Locator;
  readonly status: Locator;
  readonly alert: Locator;
  readonly dialog: Locator;
  readonly simulatedTime: Locator;
  readonly clockStatus: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export simulator' });
    this.fileInput = page.getByLabel('Simulator file to import');
    this.resetButton = page.getByRole('main').getByRole('button', { name: 'Reset simulator' });
    this.status = page.getByRole('main').getByRole('status');
    this.alert = page.getByRole('main').getByRole('alert');
    this.dialog = page.getByRole('dialog');
    this.simulatedTime = page.getByRole('banner').locator('time');
    // The header's announcements: a polite live region (not role=status, which pages keep for their own).
    this.clockStatus = page.getByRole('banner').locator('[aria-live="polite"]');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/simulator');
    await this.page.getByRole('heading', { level: 1, name: 'Simulator state' }).waitFor();
    await expect(this.simulatedTime).toBeVisible();
  }

  advanceButton(words: '1 hour' | '1 day' | '7 days' | '30 days'): Locator {
    return this.page.getByRole('button', { name: `Advance the clock by ${words}` });
  }

  /** The simulated time the header shows, as epoch ms. */
  async simulatedNow(): Promise<number> {
    return Date.parse((await this.simulatedTime.getAttribute('datetime')) ?? '');
  }

  /** Exports and returns the downloaded file's text. */
  async exportFile(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    const file = await download;
    await expect(this.status).toContainText('Exported');
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  async chooseFile(name: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async confirm(label: 'Replace everything' | 'Reset simulator'): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click();
    await expect(this.dialog).toBeHidden();
  }

  async reset(): Promise<void> {
    await this.resetButton.click();
    await expect(this.dialog).toBeVisible();
    await this.confirm('Reset simulator');
    await expect(this.status).toContainText('The simulator was reset');
  }
}
