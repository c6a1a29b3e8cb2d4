import { ClusterPage } from './cluster-page';
import { EnginePage } from './engine-page';
import { expect, expectAxeClean, test } from './fixtures';
import { LearnPage } from './learn-page';

const LESSON = 'What KMS is for: create, name and use a key';

test('the catalogue lists the lessons and the coming ones, and is axe clean', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.openCatalogue();
  const lessons = page.getByRole('region', { name: 'Lessons' });
  await expect(lessons.getByRole('listitem')).toHaveCount(12);
  await expect(lessons.getByRole('link', { name: LESSON })).toBeVisible();
  const coming = page.getByRole('region', { name: 'Coming' });
  await expect(coming.getByRole('heading', { name: 'AWS managed keys' })).toBeVisible();
  await expect(coming.getByRole('link')).toHaveCount(0);
  await expectAxeClean(page);
});

test('a lesson from start to the second step: goal ticks from another page, hint, next, reset, reload and resume', async ({ page }) => {
  const learn = new LearnPage(page);
  const engine = new EnginePage(page);

  // Something the learner made before the lesson: starting must say it will be deleted, then delete it.
  await engine.open();
  await engine.createKey('Made before the lesson');

  await learn.openCatalogue();
  await learn.openLesson(LESSON);
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'Start lesson' }).click();
  const dialog = learn.dialog(`Start “${LESSON}”?`);
  await expect(dialog).toContainText('resets the simulator');
  await expect(dialog).toContainText('what you made in the simulator is gone');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(learn.dock).toHaveCount(0);

  await learn.startLesson(LESSON);
  await expect(learn.dock).toContainText('Step 1 of 4');
  await expect(learn.stepHeading('Create a key')).toBeVisible();
  await expect(learn.goal()).toContainText('There is no key described "Invoices key" in us-east-1 yet.');
  await expect(learn.button('Next step')).toBeDisabled();

  // Hints come one at a time.
  await learn.button('Show a hint').click();
  await expect(learn.dock.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
  await expect(learn.dock.getByRole('list', { name: 'Hints' })).toContainText('Create key');

  // Act on the Engine page: the dock stays, and a wrong key does not pass the goal.
  await engine.open();
  await expect(engine.keyCard.getByRole('combobox', { name: 'Key' })).toHaveCount(0); // the old key is gone
  await expect(learn.dock).toBeVisible();
  await engine.createKey('Billing key');
  await expect(learn.goal()).toContainText('Goal');
  await expect(learn.button('Next step')).toBeDisabled();
  await engine.createKey('Invoices key');
  await expect(learn.goal()).toContainText('Goal met');
  await expect(learn.liveRegion).toHaveText('Goal met: Create a key.');
  await expect(learn.button('Next step')).toBeEnabled();
  await expectAxeClean(page);

  await learn.button('Next step').click();
  await expect(learn.dock).toContainText('Step 2 of 4');
  await expect(learn.stepHeading('Name it with an alias')).toBeFocused();
  await expect(learn.goal()).toContainText('There is no alias alias/invoices in us-east-1 yet.');

  // Reset this step: the stray key goes, the key the first step made (the reference way) is there.
  await engine.createKey('Stray key');
  await learn.resetStep();
  await expect(learn.liveRegion).toHaveText('Step 2 reset.');
  await expect(learn.dock).toContainText('Step 2 of 4');

  // Reload: the lesson resumes at the same step, its goal still open, on the reset simulator.
  // (The Engine page reads its key list when it mounts, so the reload is also what shows it anew.)
  await page.reload();
  await page.getByText('Engine running').waitFor();
  const keys = engine.keyCard.getByRole('combobox', { name: 'Key' });
  await expect(keys.getByRole('option')).toHaveCount(1);
  await expect(keys.getByRole('option')).toHaveText(/Invoices key/);
  await expect(learn.dock).toContainText('Step 2 of 4');
  await expect(learn.stepHeading('Name it with an alias')).toBeVisible();
  await expect(learn.goal()).toContainText('There is no alias alias/invoices in us-east-1 yet.');

  // The dock collapses and expands from the keyboard.
  const toggle = learn.button('Hide lesson');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(learn.button('Show lesson')).toHaveAttribute('aria-expanded', 'false');
  await expect(learn.stepHeading('Name it with an alias')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(learn.stepHeading('Name it with an alias')).toBeVisible();

  // The catalogue shows where the learner is.
  await learn.openCatalogue();
  await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: LESSON })).toContainText('In progress: step 2 of 4');
  await expectAxeClean(page);
});

test('corrupt saved progress does not break the page', async ({ page }) => {
  const learn = new LearnPage(page);
  await learn.openCatalogue();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kms-lab-lessons', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('progress');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('progress', 'readwrite');
          tx.objectStore('progress').put({ active: { lessonId: 42 }, completedLessons: 'nope' }, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Lessons' }).waitFor();
  await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('listitem')).toHaveCount(12);
  await expect(learn.dock).toHaveCount(0);
});

test('an unknown lesson says so, and a coming lesson cannot be started', async ({ page }) => {
  await page.goto('./#/learn/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1, name: 'Lesson not found' })).toBeVisible();
  await page.goto('./#/learn/aws-managed-keys');
  await expect(page.getByRole('heading', { level: 1, name: 'AWS managed keys' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Start lesson/ })).toHaveCount(0);
});

test('the durability lesson ticks from the Cluster page as AZs go down and requests run', async ({ page }) => {
  const title = 'Durability and availability across Availability Zones';
  const learn = new LearnPage(page);
  const cluster = new ClusterPage(page);
  await page.goto('./#/learn/durability-across-azs');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await learn.startLesson(title);
  await expect(learn.goal()).toContainText('Every Availability Zone of us-east-1 is up; at least 1 must be out.');

  // A fleet change leaves no CloudTrail record: the dock hears it from the engine's events.
  await cluster.open();
  await cluster.azAction('us-east-1a', 'Take down');
  await expect(learn.liveRegion).toHaveText('Goal met: Lose one Availability Zone.');
  await learn.button('Next step').click();
  await expect(learn.stepHeading('Keep encrypting')).toBeFocused();

  await cluster.tryRequest('Create key');
  await expect(learn.goal()).toContainText('No successful Encrypt call in CloudTrail (us-east-1) yet.');
  await cluster.tryRequest('Encrypt');
  await expect(learn.liveRegion).toHaveText('Goal met: Keep encrypting.');
  await expectAxeClean(page);
});
