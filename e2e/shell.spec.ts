import { ROUTES } from '../src/app/routes';
import { expect, expectAxeClean, test } from './fixtures';
import { ShellPage } from './shell-page';

test.describe('keyboard', () => {
  test('the first Tab reaches a visibly focused skip link, and Enter moves focus to main', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open();

    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeInViewport();
    const ring = await shell.skipLink.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The skip link must not touch the hash: the hash is the route.
    expect(new URL(page.url()).hash).toBe('');
    await expect(shell.heading).toHaveText(ROUTES[0].heading);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  for (const route of ROUTES) {
    test(`the ${route.navLabel} nav link works from the keyboard and focus lands on its h1`, async ({ page }) => {
      const shell = new ShellPage(page);
      await shell.open('#/somewhere-else');

      const link = shell.navLink(route.navLabel);
      await shell.tabTo(link);
      await page.keyboard.press('Enter');

      await expect(page).toHaveURL(new RegExp(`#${route.path}$`));
      await expect(shell.heading).toHaveText(route.heading);
      await expect(shell.heading).toBeFocused();
      await expect(page).toHaveTitle(route.title);
      await expect(link).toHaveAttribute('aria-current', 'page');
      for (const other of ROUTES.filter((candidate) => candidate !== route)) {
        await expect(shell.navLink(other.navLabel)).not.toHaveAttribute('aria-current');
      }
    });
  }
});

test('a deep link opens its page directly, with focus left at the top for the skip link', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('#/engine');

  await expect(shell.heading).toHaveText('Engine');
  await expect(page).toHaveTitle('Engine — KMS Lab');
  await expect(shell.navLink('Engine')).toHaveAttribute('aria-current', 'page');
  await expect(shell.heading).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shell.skipLink).toBeFocused();
});

test('Back and Forward move between routes', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open();
  await shell.navLink('Engine').click();
  await expect(shell.heading).toHaveText('Engine');

  await page.goBack();
  await expect(shell.heading).toHaveText(ROUTES[0].heading);
  await expect(shell.heading).toBeFocused();
  await page.goForward();
  await expect(shell.heading).toHaveText('Engine');
});

test('the not-found page links back home', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('#/no-such-page');
  await page.getByRole('link', { name: 'Go to the KMS Lab home page' }).click();
  await expect(shell.heading).toHaveText(ROUTES[0].heading);
  await expect(shell.navLink('Home')).toHaveAttribute('aria-current', 'page');
});

test('the Region select sets the Region for the whole app, not just one page', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open();

  await expect(shell.region.locator('option')).toHaveText([
    'US East (N. Virginia) us-east-1',
    'US West (Oregon) us-west-2',
    'Europe (Ireland) eu-west-1',
    'Asia Pacific (Sydney) ap-southeast-2',
  ]);
  await expect(shell.region).toHaveValue('us-east-1');

  // The select is controlled by the store: had the store not changed, React would put the old value back.
  await shell.region.selectOption('eu-west-1');
  await expect(shell.region).toHaveValue('eu-west-1');

  await shell.navLink('Engine').click();
  await expect(shell.heading).toHaveText('Engine');
  await expect(shell.region).toHaveValue('eu-west-1');
  await expect(shell.region.locator('option:checked')).toHaveText('Europe (Ireland) eu-west-1');
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('follows the system by default, applies a choice at once and remembers it', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open();
    await expect(shell.themeButton('System')).toHaveAttribute('aria-pressed', 'true');
    expect(await shell.hasDarkBackground()).toBe(false);

    await shell.themeButton('Dark').click();
    await expect(shell.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
    await expect(shell.themeButton('System')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await shell.hasDarkBackground()).toBe(true);
    await expectAxeClean(page);

    await page.reload();
    await expect(shell.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
    expect(await shell.hasDarkBackground()).toBe(true);
  });

  test('an explicit Light beats a dark system setting, and System follows it again', async ({ page }) => {
    const shell = new ShellPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shell.open();
    expect(await shell.hasDarkBackground()).toBe(true);

    await shell.themeButton('Light').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await shell.hasDarkBackground()).toBe(false);
    await expectAxeClean(page);

    await shell.themeButton('System').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await shell.hasDarkBackground()).toBe(true);
  });
});

test.describe('motion', () => {
  async function navLinkTransitionSeconds(shell: ShellPage): Promise<number[]> {
    const durations = await shell.navLink('Home').evaluate((element) => getComputedStyle(element).transitionDuration);
    return durations.split(',').map((duration) => Number.parseFloat(duration));
  }

  test('transitions run normally without a preference', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open();
    expect(Math.max(...(await navLinkTransitionSeconds(shell)))).toBeGreaterThan(0.05);
  });

  test.describe('with prefers-reduced-motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('transitions are effectively instant', async ({ page }) => {
      const shell = new ShellPage(page);
      await shell.open();
      expect(Math.max(...(await navLinkTransitionSeconds(shell)))).toBeLessThan(0.001);
    });
  });
});

test.describe('the header on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the links fold behind a Menu button that opens, follows a link, and closes with Escape', async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open('#/simulator');
    expect(await shell.fitsViewportWidth()).toBe(true);
    await expect(shell.navLink('CloudTrail')).toBeHidden();
    await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');

    await shell.tabTo(shell.menuButton);
    await page.keyboard.press('Enter');
    await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(shell.navLink('CloudTrail')).toBeVisible();
    expect(await shell.fitsViewportWidth()).toBe(true);
    await expectAxeClean(page);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(shell.menuButton).toBeFocused();
    await expect(shell.navLink('CloudTrail')).toBeHidden();

    await shell.menuButton.click();
    await shell.navLink('Engine').click();
    await expect(shell.heading).toHaveText('Engine');
    await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(shell.identity).toBeVisible();
    await expect(page.getByRole('button', { name: 'Advance the clock by 30 days' })).toBeVisible();
    expect(await shell.fitsViewportWidth()).toBe(true);
  });
});

test('wide screens show every link and no Menu button', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open();
  await expect(shell.menuButton).toBeHidden();
  for (const route of ROUTES) await expect(shell.navLink(route.navLabel)).toBeVisible();
  // One row: the theme switch sits beside the links, not wrapped under them.
  const brand = (await page.getByRole('link', { name: 'KMS Lab' }).boundingBox())!;
  const theme = (await page.getByRole('group', { name: 'Theme' }).boundingBox())!;
  expect(theme.y).toBeLessThan(brand.y + brand.height);
});

test('the identity select lists the engine identities and "Acting as" follows it', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('#/engine');
  await expect(shell.identity).toBeEnabled();
  await expect(shell.identity.getByRole('option')).toHaveText([
    /^Admin — Key administrator/,
    /^Alice — Application developer/,
    /^Bob — Auditor/,
    /^AppRole — An application running under an IAM role/,
  ]);
  await shell.identity.selectOption({ label: 'Bob — Auditor who reads CloudTrail.' });
  await expect(page.getByText('Acting as Bob')).toBeVisible();
  // The choice holds across pages (it lives in the shell, not in one view).
  await shell.navLink('Simulator').click();
  await expect(shell.identity).toHaveValue('arn:aws:iam::111122223333:user/Bob');
  await shell.identity.selectOption({ index: 0 });
  await expect(page.getByText('Acting as Admin')).toBeVisible();
});
