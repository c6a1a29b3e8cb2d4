import type { Locator, Page } from '@playwright/test';

/** The Learn section and the lesson dock, found the way a learner finds them: by roles and names. */
export class LearnPage {
  /** The dock under every page while a lesson is active: a complementary landmark. */
  readonly dock: Locator;
  readonly liveRegion: Locator;

  constructor(readonly page: Page) {
    this.dock = page.getByRole('complementary', { name: /^Lesson: / });
    this.liveRegion = page.getByRole('status').filter({ hasText: /Goal met|reset|Step \d|Lesson complete/ });
  }

  async openCatalogue(): Promise<void> {
    await this.page.goto('./#/learn');
    await this.page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  }

  async openLesson(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Presses Start lesson and confirms the reset in the dialog. */
  async startLesson(title: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(Start|Restart) lesson$/ }).click();
    const dialog = this.dialog(`Start “${title}”?`);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Reset simulator and start' }).click();
    await this.dock.waitFor();
  }

  stepHeading(title: string): Locator {
    return this.dock.getByRole('heading', { level: 3, name: title });
  }

  button(name: string): Locator {
    return this.dock.getByRole('button', { name, exact: true });
  }

  goal(): Locator {
    return this.dock.locator('.lesson-goal');
  }

  async resetStep(): Promise<void> {
    await this.button('Reset this step').click();
    const dialog = this.dialog('Reset this step?');
    await dialog.getByRole('button', { name: 'Reset simulator to this step' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
