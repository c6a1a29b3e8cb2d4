import type { Locator, Page } from '@playwright/test';

/** The Engine panel, found the way a learner finds it: by headings, labels and roles. */
export class EnginePage {
  readonly keyCard: Locator;
  readonly encryptCard: Locator;
  readonly decryptCard: Locator;
  readonly trailCard: Locator;
  readonly trail: Locator;

  constructor(readonly page: Page) {
    const card = (title: string) => page.getByRole('region', { name: title, exact: true });
    this.keyCard = card('Create a key');
    this.encryptCard = card('Encrypt');
    this.decryptCard = card('Decrypt');
    this.trailCard = card('CloudTrail records');
    this.trail = this.trailCard.getByRole('list');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/engine');
    await this.page.getByRole('heading', { level: 1, name: 'Engine' }).waitFor();
    await this.page.getByText('Engine running').waitFor();
  }

  status(card: Locator): Locator {
    return card.getByRole('status');
  }

  async createKey(description: string): Promise<void> {
    await this.keyCard.getByLabel('Description').fill(description);
    await this.keyCard.getByRole('button', { name: 'Create key' }).click();
    await this.status(this.keyCard).getByText('Created key').waitFor();
  }

  /** Encrypts and returns the ciphertext's base64 as the page shows it. */
  async encrypt(text: string, context: string): Promise<string> {
    await this.encryptCard.getByLabel('Plaintext').fill(text);
    await this.encryptCard.getByLabel('Encryption context').fill(context);
    await this.encryptCard.getByRole('button', { name: 'Encrypt', exact: true }).click();
    await this.status(this.encryptCard).getByText('Encrypted').waitFor();
    return this.encryptCard.getByLabel('Ciphertext (base64)').inputValue();
  }

  async decrypt(ciphertext?: string, context?: string): Promise<void> {
    if (ciphertext !== undefined) await this.decryptCard.getByLabel('Ciphertext to decrypt (base64)').fill(ciphertext);
    if (context !== undefined) await this.decryptCard.getByLabel('Encryption context for Decrypt').fill(context);
    await this.decryptCard.getByRole('button', { name: 'Decrypt', exact: true }).click();
  }

  /** A CloudTrail record row by its event name, newest first. */
  trailRecords(eventName: string): Locator {
    return this.trail.getByRole('listitem').filter({ has: this.page.getByText(eventName, { exact: true }) });
  }
}
