import type { Locator, Page } from '@playwright/test';

/** The Flows page, found the way a learner finds it: by headings, labels and roles. */
export class FlowsPage {
  readonly setup: Locator;
  readonly stage: Locator;
  readonly steps: Locator;
  readonly table: Locator;
  readonly inspector: Locator;
  readonly playback: Locator;
  readonly narration: Locator;

  constructor(readonly page: Page) {
    this.setup = page.getByRole('region', { name: 'Run a flow' });
    this.stage = page.getByRole('region', { name: /^The flow/ });
    this.steps = page.getByRole('region', { name: 'Steps', exact: true });
    this.table = this.steps.getByRole('table');
    this.inspector = page.getByRole('region', { name: 'Payload inspector' });
    this.playback = page.getByRole('group', { name: 'Playback' });
    // The step narration of the stage (other live regions, such as the lesson dock's, live elsewhere).
    this.narration = this.stage.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/flows');
    await this.page.getByRole('heading', { level: 1, name: 'Watch KMS work' }).waitFor();
    await this.setup.getByRole('button', { name: 'Create a demo key' }).waitFor();
  }

  async createDemoKey(): Promise<void> {
    await this.setup.getByRole('button', { name: 'Create a demo key' }).click();
    await this.setup.getByRole('combobox', { name: 'KMS key' }).waitFor();
  }

  async choose(flow: string): Promise<void> {
    await this.setup.getByRole('radio', { name: flow }).check();
  }

  /** Runs the chosen flow and waits for its step table. */
  async run(): Promise<void> {
    const button = this.setup.getByRole('button', { name: /^Run: / });
    await button.click();
    await this.page.getByRole('button', { name: /^Run: / }).and(this.page.locator(':enabled')).waitFor();
    await this.table.waitFor();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** Each row's cells as text: [step, where, what happened, what crossed, result, read from]. */
  async tableRows(): Promise<string[][]> {
    return this.rows().evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => (cell as HTMLElement).innerText.trim())));
  }

  jump(step: number): Promise<void> {
    return this.table.getByRole('button', { name: new RegExp(`^Go to step ${step}:`) }).click();
  }

  /** The caption of the step on screen: "Step 3 of 14 · …", the title, what crossed, the caption. */
  caption(): Locator {
    return this.page.getByRole('group', { name: 'Current step' });
  }
}
