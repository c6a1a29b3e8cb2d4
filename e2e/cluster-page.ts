import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The cluster view, found the way a learner finds it: by headings, group names, labels and roles. */
export class ClusterPage {
  readonly tryIt: Locator;
  readonly load: Locator;
  readonly narration: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly region = 'us-east-1',
  ) {
    this.tryIt = page.getByRole('region', { name: `Try it in ${region}` });
    this.load = page.getByRole('region', { name: 'Load generator' });
    this.narration = page.getByRole('region', { name: 'What happened' }).getByRole('status');
    this.table = page.getByRole('table', { name: /Cluster state/ });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/cluster');
    await this.page.getByRole('heading', { level: 1, name: 'Regions and Availability Zones' }).waitFor();
    await this.az(`${this.region}a`).waitFor();
  }

  /** The controls of one AZ: a fieldset named after it. */
  az(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  get regionControls(): Locator {
    return this.page.getByRole('group', { name: `Region ${this.region}` });
  }

  get quota(): Locator {
    return this.page.getByRole('group', { name: `Request quota in ${this.region}` });
  }

  async azAction(az: string, action: 'Take down' | 'Partition' | 'Bring up' | 'Destroy replica'): Promise<void> {
    await this.az(az).getByRole('button', { name: action }).click();
  }

  /**
   * Runs one Try-it request and returns its outcome's live region once the answer is in. The click
   * itself marks the region busy (aria-busy) until the new answer replaces the old one, so an old
   * answer is never mistaken for the new one.
   */
  async tryRequest(name: 'Create key' | 'Encrypt' | 'Decrypt'): Promise<Locator> {
    const status = this.tryIt.getByRole('status');
    await this.tryIt.getByRole('button', { name, exact: true }).click();
    await expect(status).toHaveAttribute('aria-busy', 'false');
    return status;
  }

  /** One AZ's row of the state table. */
  row(az: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: az, exact: true }) });
  }

  async runLoad(perSecond: number, seconds: number, cache: boolean): Promise<Locator> {
    await this.load.getByLabel('GenerateDataKey per second').fill(String(perSecond));
    await this.load.getByLabel('For seconds').fill(String(seconds));
    await this.load.getByLabel('With a data-key cache').setChecked(cache);
    await this.load.getByRole('button', { name: 'Start load' }).click();
    const status = this.load.getByRole('status');
    await status.getByText('Load finished').waitFor({ timeout: (seconds + 10) * 1000 });
    return status;
  }
}
