import type { FrameLocator, Locator, Page } from '@playwright/test';

/** What a widget posts, as the host page recorded it (see e2e/host/host.js). */
export interface HostMessage {
  source: string;
  instance: string;
  type: 'ready' | 'statement' | 'resize';
  height?: number;
  statement?: {
    id: string;
    verb: { id: string; display: { 'en-US': string } };
    object: { id: string };
    result?: { success?: boolean; response?: string; completion?: boolean; score?: { raw: number; min: number; max: number; scaled: number } };
    context: { registration: string };
    actor?: unknown;
  };
}

/**
 * One <kms-quiz> widget, found through its shadow root the way a learner finds things: by roles and
 * names (Playwright's locators pierce open shadow roots).
 */
export class QuizWidget {
  constructor(readonly root: Locator) {}

  get status(): Locator {
    return this.root.getByRole('status');
  }

  progress(): Locator {
    return this.root.getByText(/^Question \d+ of \d+ · \d+ checked$|^\d+ questions · \d+ checked$/);
  }

  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }

  /** Chooses the first option(s) of the current question, as many as it asks for. */
  async chooseFirst(): Promise<void> {
    const radios = this.root.getByRole('radio');
    if ((await radios.count()) > 0) {
      await radios.first().check();
      return;
    }
    const hint = (await this.root.getByText(/^Select (ONE|TWO|THREE)\./).textContent()) ?? '';
    const wanted = { ONE: 1, TWO: 2, THREE: 3 }[/Select (ONE|TWO|THREE)/.exec(hint)?.[1] as 'ONE' | 'TWO' | 'THREE'] ?? 1;
    const boxes = this.root.getByRole('checkbox');
    for (let index = 0; index < wanted; index += 1) await boxes.nth(index).check();
  }

  /** Answers the current question with its first option(s), checks it, and moves on. */
  async answerAndContinue(): Promise<void> {
    await this.chooseFirst();
    await this.button('Check answer').click();
    const next = this.root.getByRole('button', { name: /^(Next question|See my score)$/ });
    await next.click();
  }
}

export class HostPage {
  constructor(readonly page: Page) {}

  widget(id: string): QuizWidget {
    return new QuizWidget(this.page.locator(`kms-quiz#${id}`));
  }

  received(): Promise<HostMessage[]> {
    return this.page.evaluate(() => (window as unknown as { kmsReceived: HostMessage[] }).kmsReceived);
  }

  domEvents(): Promise<{ instance: string; statement: NonNullable<HostMessage['statement']> }[]> {
    return this.page.evaluate(() => (window as unknown as { kmsEvents: { instance: string; statement: NonNullable<HostMessage['statement']> }[] }).kmsEvents);
  }

  foreign(): Promise<{ origin: string }[]> {
    return this.page.evaluate(() => (window as unknown as { kmsForeign: { origin: string }[] }).kmsForeign);
  }
}

/** The app's Embed page. */
export class EmbedAppPage {
  readonly settings: Locator;
  readonly preview: Locator;
  readonly snippets: Locator;

  constructor(readonly page: Page) {
    this.settings = page.getByRole('region', { name: 'Choose the quiz' });
    this.preview = page.getByRole('region', { name: 'Live preview' });
    this.snippets = page.getByRole('region', { name: 'Copy the snippet' });
  }

  async visit(): Promise<void> {
    await this.page.goto('./#/embed');
    await this.page.getByRole('heading', { level: 1, name: 'Embed KMS Lab in your course' }).waitFor();
    await this.widget.root.getByRole('button', { name: 'Check answer' }).waitFor();
  }

  get widget(): QuizWidget {
    return new QuizWidget(this.preview.locator('kms-quiz'));
  }

  snippet(name: 'Custom element' | 'iframe'): Locator {
    return this.snippets.getByLabel(name, { exact: true });
  }
}

/** The iframe variant on a host page. */
export function framedWidget(frame: FrameLocator): QuizWidget {
  return new QuizWidget(frame.locator('kms-quiz'));
}
