import type { Locator, Page } from '@playwright/test';

/** The key console (#/keys), found as a learner finds it: by headings, labels and roles. */
export class KeysPage {
  readonly keyTable: Locator;
  readonly actions: Locator;
  readonly tryIt: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.keyTable = page.getByRole('table');
    this.actions = page.getByRole('region', { name: 'Key actions' });
    this.tryIt = page.getByRole('region', { name: 'Try it' });
    this.tabs = page.getByRole('tablist', { name: 'Key details' });
  }

  async openList(): Promise<void> {
    await this.page.goto('./#/keys');
    await this.page.getByRole('heading', { level: 1, name: 'Customer managed keys' }).waitFor();
    await this.page.getByRole('status').filter({ hasText: /of \d+ keys?/ }).waitFor();
  }

  /** Walks the create-key wizard; returns the new key's ID from the page it lands on. */
  async createKey(alias: string, description: string, tag?: { key: string; value: string }): Promise<string> {
    await this.page.getByRole('link', { name: 'Create key' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Create key' }).waitFor();
    await this.page.getByRole('button', { name: 'Next' }).click();
    await this.page.getByLabel('Alias').fill(alias);
    await this.page.getByLabel('Description').fill(description);
    if (tag) {
      await this.page.getByRole('button', { name: 'Add tag' }).click();
      await this.page.getByLabel('Tag key 1').fill(tag.key);
      await this.page.getByLabel('Tag value 1').fill(tag.value);
    }
    await this.page.getByRole('button', { name: 'Next' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Review' }).waitFor();
    await this.page.getByRole('button', { name: 'Finish' }).click();
    const heading = this.page.getByRole('heading', { level: 1, name: /^Key [0-9a-f-]{36}$/ });
    await heading.waitFor();
    return ((await heading.textContent()) ?? '').replace(/^Key /, '');
  }

  tab(name: string): Locator {
    return this.tabs.getByRole('tab', { name });
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel');
  }

  /** The live region of the form or section that holds `within`. */
  status(within: Locator): Locator {
    return within.getByRole('status');
  }

  async encrypt(text: string): Promise<string> {
    await this.tryIt.getByLabel('Plaintext', { exact: true }).fill(text);
    await this.tryIt.getByRole('button', { name: 'Encrypt', exact: true }).click();
    await this.tryIt.getByText(/^Encrypted with encryption context/).waitFor();
    return this.tryIt.getByLabel('Ciphertext (base64)').inputValue();
  }

  async decrypt(): Promise<void> {
    await this.tryIt.getByRole('button', { name: 'Decrypt', exact: true }).click();
  }

  async action(name: string): Promise<void> {
    await this.actions.getByRole('button', { name }).click();
  }
}
