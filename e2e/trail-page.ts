import type { Locator, Page } from '@playwright/test';

/** The CloudTrail event history (#/trail), found the way a learner finds it: by headings, labels and roles. */
export class TrailPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly options: Locator;
  /** "N events in us-east-1, newest first." */
  readonly count: Locator;
  readonly details: Locator;
  readonly json: Locator;
  readonly attribute: Locator;
  readonly integrity: Locator;
  readonly integrityResult: Locator;
  readonly logFiles: Locator;
  readonly logFileMessage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Event history' });
    this.list = page.getByRole('listbox');
    this.options = this.list.getByRole('option');
    this.count = page.getByRole('status').filter({ hasText: /newest first|Exception|not a date|Loading events/ });
    this.details = page.getByRole('region', { name: /^Event record/ });
    this.json = this.details.getByRole('region', { name: /as JSON$/ });
    this.attribute = page.getByRole('combobox', { name: 'Lookup attribute' });
    this.integrity = page.getByRole('region', { name: 'Integrity validation' });
    this.integrityResult = this.integrity.getByRole('status');
    this.logFiles = page.getByRole('region', { name: 'Log files' });
    this.logFileMessage = this.logFiles.getByRole('status');
  }

  /** Opens the page directly (a reload of the app: the engine reopens its IndexedDB). */
  async open(): Promise<void> {
    await this.page.goto('./#/trail');
    await this.ready();
  }

  /** Follows the primary navigation to the page, as a learner coming from another page does. */
  async openFromNav(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'CloudTrail', exact: true }).click();
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.heading.waitFor();
    await this.count.filter({ hasText: /newest first/ }).waitFor();
  }

  /** Filters by one lookup attribute, by its label in the console ("Event name", "User name", …). */
  async filterBy(label: string, value: string): Promise<void> {
    await this.attribute.selectOption({ label });
    await this.page.getByRole('searchbox', { name: label, exact: true }).fill(value);
  }

  async clearFilter(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear filter' }).click();
  }

  /** One option by its event name. */
  event(eventName: string): Locator {
    return this.options.filter({ hasText: eventName });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async importFile(path: string): Promise<void> {
    await this.page.getByLabel('CloudTrail log file to import').setInputFiles(path);
  }

  /** Downloads the events in view into `folder`, under the name the page gave the file. */
  async download(folder: string): Promise<{ name: string; path: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.logFiles.getByRole('button', { name: /^Download log file/ }).click();
    const download = await downloading;
    const name = download.suggestedFilename();
    const path = `${folder}/${name}`;
    await download.saveAs(path);
    return { name, path };
  }
}
