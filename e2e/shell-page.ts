import type { Locator, Page } from '@playwright/test';

/** The parts of the app shell every page shares, found the way a user finds them. */
export class ShellPage {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly skipLink: Locator;
  readonly region: Locator;
  readonly theme: Locator;
  readonly identity: Locator;
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Primary' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
    this.region = page.getByRole('combobox', { name: 'Region' });
    this.theme = page.getByRole('group', { name: 'Theme' });
    this.identity = page.getByRole('combobox', { name: 'Identity' });
    this.menuButton = this.nav.getByRole('button', { name: 'Menu' });
  }

  /** Opens a route by its hash ('#/engine'); '' opens the app with no hash at all. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(hash === '' ? './' : `./${hash}`);
    await this.heading.waitFor();
  }

  navLink(label: string): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  themeButton(label: 'Light' | 'Dark' | 'System'): Locator {
    return this.theme.getByRole('button', { name: label });
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
  async tabTo(target: Locator, limit = 25): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab did not reach ${String(target)} within ${limit} presses.`);
  }

  /** Whether the page background is dark, read from the rendered colour rather than from classes. */
  async hasDarkBackground(): Promise<boolean> {
    return this.page.evaluate(() => {
      const [r = 255, g = 255, b = 255] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    });
  }

  /** True when nothing sticks out sideways, which would make the page scroll horizontally. */
  async fitsViewportWidth(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  }
}
