import type { Locator, Page } from '@playwright/test';

/** The quiz page, found the way a learner finds it: by headings, labels and roles. */
export class QuizPage {
  readonly setup: Locator;
  readonly history: Locator;
  readonly item: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.setup = page.getByRole('form', { name: 'Start a quiz' });
    this.history = page.getByRole('region', { name: 'Your progress' });
    this.item = page.getByRole('region', { name: /^Question \d+ of \d+/ });
    this.status = page.locator('.quiz-app > [role="status"]');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/quiz');
    await this.page.getByRole('heading', { level: 1, name: 'Practice questions' }).waitFor();
    await this.page.getByRole('heading', { name: /Start a quiz|Question \d+ of|results/ }).first().waitFor();
  }

  async configure(options: { mode: 'Practice' | 'Exam'; topics: string[]; count: number; seed: string; simulatorTasks: boolean }): Promise<void> {
    await this.setup.getByRole('radio', { name: new RegExp(`^${options.mode}:`) }).check();
    for (const topic of options.topics) await this.setup.getByRole('group', { name: 'Topics' }).getByRole('checkbox', { name: topic, exact: true }).check();
    await this.setup.getByRole('checkbox', { name: /Include simulator tasks/ }).setChecked(options.simulatorTasks);
    await this.setup.getByLabel('Number of questions').fill(String(options.count));
    await this.setup.getByLabel('Seed').fill(options.seed);
  }

  async start(options: Parameters<QuizPage['configure']>[0]): Promise<void> {
    await this.configure(options);
    await this.setup.getByRole('button', { name: /^Start (practice|exam)$/ }).click();
    await this.heading(1).waitFor();
  }

  heading(index: number): Locator {
    return this.page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${index} of \\d+`) });
  }

  /** The question's fieldset (its name is the stem). */
  question(): Locator {
    return this.item.getByRole('group').first();
  }

  option(text: string): Locator {
    return this.item.getByRole('radio', { name: text, exact: true }).or(this.item.getByRole('checkbox', { name: text, exact: true }));
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  navigatorButton(index: number): Locator {
    return this.page.getByRole('navigation', { name: 'Questions' }).getByRole('button', { name: new RegExp(`^Question ${index},`) });
  }

  results(): Locator {
    return this.page.getByRole('region', { name: /results$/ });
  }

  /** Goes to question `index` (1-based) with Next, as practice mode has no navigator. */
  async navigate(index: number): Promise<void> {
    for (let current = 1; current < index; current += 1) {
      await this.button('Next').click();
      await this.heading(current + 1).waitFor();
    }
  }

  historyRows(): Locator {
    return this.history.getByRole('table', { name: 'Finished quizzes, newest first' }).getByRole('row');
  }
}
