import { expect, expectAxeClean, test } from './fixtures';
import { EnginePage } from './engine-page';

// Each Playwright test runs in a fresh browser context, and a fresh context starts with empty
// IndexedDB (both the engine's `kms-lab` and the HSM's `kms-lab-hsm`), so parallel tests never share
// keys. The first assertion of the journey checks exactly that.

test('a learner creates a key, encrypts and decrypts, disables it, and finds it all again after a reload', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await expect(engine.keyCard.getByText('No keys in us-east-1 yet.')).toBeVisible();
  await expect(page.getByText('HSM: Web Worker')).toBeVisible();
  await expect(page.getByText('Storage: IndexedDB')).toBeVisible();
  // The HSM really is a Web Worker, loaded from the app's own origin under the production CSP
  // (worker-src 'self'); the fixture fails the test on any CSP violation or console error.
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(expect.stringMatching(/\/assets\/worker-shell-[\w-]+\.js$/));

  await engine.createKey('Journey key');
  const keySelect = engine.keyCard.getByRole('combobox', { name: 'Key' });
  await expect(keySelect.locator('option:checked')).toContainText('Journey key');
  await expect(engine.keyCard.getByText('Enabled', { exact: true })).toBeVisible();

  const ciphertext = await engine.encrypt('Meet me at the HSM', 'purpose=demo');
  expect(ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
  await expect(engine.encryptCard.getByText(/hsm-us-east-1[abc] ran Encrypt in the Web Worker/)).toBeVisible();

  await engine.decrypt();
  await expect(engine.status(engine.decryptCard)).toContainText('Decrypted 18 bytes');
  await expect(engine.decryptCard.getByLabel('Decrypted plaintext')).toHaveValue('Meet me at the HSM');

  await expect(engine.trailRecords('Encrypt')).toHaveCount(1);
  await expect(engine.trailRecords('Decrypt')).toHaveCount(1);
  await expect(engine.trailRecords('Encrypt')).toContainText(/HSM us-east-1[abc]/);
  // Open the Encrypt record: its JSON carries the encryption context, never the plaintext.
  await engine.trailRecords('Encrypt').getByText('Encrypt', { exact: true }).click();
  const json = engine.trailRecords('Encrypt').getByRole('region', { name: /as JSON/ });
  await expect(json).toContainText('"purpose": "demo"');
  await expect(json).not.toContainText('Meet me at the HSM');

  await engine.keyCard.getByRole('button', { name: 'Disable key' }).click();
  await expect(engine.keyCard.getByText('Disabled', { exact: true })).toBeVisible();
  await engine.decrypt();
  await expect(engine.status(engine.decryptCard)).toContainText('DisabledException — The key is disabled');
  await expect(engine.status(engine.decryptCard)).toContainText('is disabled.');
  await expect(engine.trailRecords('Decrypt').first()).toContainText('DisabledException');

  await engine.keyCard.getByRole('button', { name: 'Enable key' }).click();
  await expect(engine.keyCard.getByText('Enabled', { exact: true })).toBeVisible();
  await expectAxeClean(page);

  await page.reload();
  await page.getByText('Engine running').waitFor();
  await expect(keySelect.locator('option:checked')).toContainText('Journey key');
  await expect(engine.keyCard.getByText('Enabled', { exact: true })).toBeVisible();
  await expect(engine.trailRecords('CreateKey')).toHaveCount(1);
  await expect(engine.trailRecords('Encrypt')).toHaveCount(1);
  await expect(engine.trailRecords('DisableKey')).toHaveCount(1);

  // The ciphertext from before the reload still decrypts: the key's token is in the engine's
  // IndexedDB and the domain key that unwraps it is in the HSM's.
  await engine.decrypt(ciphertext, 'purpose=demo');
  await expect(engine.decryptCard.getByLabel('Decrypted plaintext')).toHaveValue('Meet me at the HSM');
  await expect(engine.trailRecords('Decrypt')).toHaveCount(3);
});

test('a wrong encryption context fails Decrypt with InvalidCiphertextException', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await engine.createKey('Context key');
  await engine.encrypt('bound to its context', 'purpose=demo');
  await engine.decrypt(undefined, 'purpose=other');
  await expect(engine.status(engine.decryptCard)).toContainText('InvalidCiphertextException — The ciphertext, or the encryption context');
  await expect(engine.decryptCard.getByLabel('Decrypted plaintext')).toHaveCount(0);
});

test('4,097 bytes of plaintext get the engine’s ValidationException, in words', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await engine.createKey('Limit key');
  await engine.encryptCard.getByRole('button', { name: 'Fill with 4,097 bytes to test the limit' }).click();
  await expect(engine.encryptCard.getByText('4,097 of 4,096 bytes')).toBeVisible();
  await engine.encryptCard.getByRole('button', { name: 'Encrypt', exact: true }).click();
  const status = engine.status(engine.encryptCard);
  await expect(status).toContainText('ValidationException — KMS refused the request before doing any work');
  await expect(status).toContainText('Member must have length less than or equal to 4096');
  await expect(engine.trailRecords('Encrypt')).toContainText('ValidationException');
  await expectAxeClean(page);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the panel with results and an error passes axe', async ({ page }) => {
    const engine = new EnginePage(page);
    await engine.open();
    await engine.createKey('Dark key');
    await engine.encrypt('dark', 'purpose=demo');
    await engine.decrypt(undefined, 'purpose=wrong');
    await expect(engine.status(engine.decryptCard)).toContainText('InvalidCiphertextException');
    await engine.trailRecords('CreateKey').getByText('CreateKey', { exact: true }).click();
    await expectAxeClean(page);
  });
});

test('the panel works from the keyboard alone', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await engine.keyCard.getByLabel('Description').focus();
  await page.keyboard.type('Keyboard key');
  await page.keyboard.press('Enter');
  await expect(engine.status(engine.keyCard)).toContainText('Created key');

  await engine.encryptCard.getByRole('button', { name: 'Encrypt', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(engine.status(engine.encryptCard)).toContainText('Encrypted');
  await engine.decryptCard.getByRole('button', { name: 'Decrypt', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(engine.decryptCard.getByLabel('Decrypted plaintext')).toHaveValue('Hello from KMS Lab!');

  // A CloudTrail record opens with Enter on its summary.
  await engine.trailRecords('Decrypt').locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(engine.trailRecords('Decrypt').getByRole('region', { name: /as JSON/ })).toBeVisible();
});
