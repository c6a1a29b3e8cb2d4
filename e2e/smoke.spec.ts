import { NOT_FOUND, ROUTES } from '../src/app/routes';
import { expect, expectAxeClean, test } from './fixtures';
import { ShellPage } from './shell-page';

// Every route the app declares, plus one it does not: a new entry in ROUTES is smoke-tested here
// without editing this file.
const PAGES = [
  ...ROUTES.map((route) => ({ hash: `#${route.path}`, title: route.title, heading: route.heading })),
  { hash: '#/no-such-page', title: NOT_FOUND.title, heading: NOT_FOUND.heading },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const { hash, title, heading } of PAGES) {
      test(`${hash} has one h1, every landmark, and no serious axe violation`, async ({ page }) => {
        const shell = new ShellPage(page);
        await shell.open(hash);

        await expect(shell.heading).toHaveCount(1);
        await expect(shell.heading).toBeVisible();
        await expect(shell.heading).toHaveText(heading);
        await expect(page).toHaveTitle(title);
        await expect(page.getByRole('banner')).toBeVisible();
        await expect(shell.nav).toBeVisible();
        await expect(page.getByRole('main')).toBeVisible();
        await expect(page.getByRole('contentinfo')).toBeVisible();
        // Proves the axe run below saw the theme this block is named after.
        expect(await shell.hasDarkBackground()).toBe(colorScheme === 'dark');

        await expectAxeClean(page);
      });
    }
  });
}

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { hash } of PAGES) {
    test(`${hash} fits without sideways scrolling and passes axe`, async ({ page }) => {
      const shell = new ShellPage(page);
      await shell.open(hash);
      expect(await shell.fitsViewportWidth()).toBe(true);
      await expect(shell.region).toBeVisible();
      await expect(page.getByText('simulated account 111122223333')).toBeVisible();
      await expectAxeClean(page);
    });
  }
});
