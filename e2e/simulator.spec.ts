import { EnginePage } from './engine-page';
import { expect, expectAxeClean, test } from './fixtures';
import { ShellPage } from './shell-page';
import { SimulatorPage } from './simulator-page';
import { TerminalPage } from './terminal-page';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key select on #/engine: its options are the Region's keys, by description. */
const keyOption = (engine: EnginePage, description: string) => engine.keyCard.getByRole('option', { name: new RegExp(description) });

test('advancing the clock from the header moves simulated time, says so, and survives a reload', async ({ page }) => {
  const simulator = new SimulatorPage(page);
  await simulator.open();
  const before = await simulator.simulatedNow();

  await simulator.advanceButton('7 days').click();
  await expect(simulator.clockStatus).toContainText(/^Advanced 7 days to \d+ \w+ \d{4}, \d\d:\d\d UTC\.$/);
  await expect.poll(() => simulator.simulatedNow()).toBeGreaterThanOrEqual(before + 7 * DAY_MS);
  await simulator.advanceButton('1 hour').click();
  await expect(simulator.clockStatus).toContainText('Advanced 1 hour');
  const advanced = await simulator.simulatedNow();

  await page.reload();
  await expect(simulator.simulatedTime).toBeVisible();
  // A reload never moves simulated time backwards.
  await expect.poll(() => simulator.simulatedNow()).toBeGreaterThanOrEqual(advanced);
  expect(await simulator.simulatedNow()).toBeLessThan(advanced + DAY_MS);
  await expectAxeClean(page);
});

test('a deletion window ends when the clock passes it, and the header says a key was deleted', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.visit();
  const created = await terminal.run('aws kms create-key --description doomed --query KeyMetadata.KeyId --output text');
  const keyId = created.trim();
  expect(keyId).toMatch(/^[0-9a-f-]{36}$/);
  await terminal.run(`aws kms schedule-key-deletion --key-id ${keyId} --pending-window-in-days 7`);

  const simulator = new SimulatorPage(page);
  await simulator.advanceButton('7 days').click();
  await expect(simulator.clockStatus).toContainText('— 1 key deleted.');
  const described = await terminal.run(`aws kms describe-key --key-id ${keyId}`);
  expect(described).toContain('NotFoundException');
});

test('switching identity changes the user of the next CloudTrail record', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('#/terminal');
  await shell.identity.selectOption({ label: 'Alice — Application developer who encrypts and decrypts data.' });
  await expect(page.getByText('Acting as Alice')).toBeVisible();
  const terminal = new TerminalPage(page);
  await terminal.run('aws kms list-keys');

  // Every view acts as the header's identity: the terminal's ListKeys and the Engine page's own reads
  // are all Alice's, and nothing ran as Admin.
  const engine = new EnginePage(page);
  await shell.navLink('Engine').click();
  const records = engine.trail.getByRole('listitem');
  await expect(records.filter({ hasText: 'user Alice' }).filter({ hasText: 'ListKeys' }).first()).toBeVisible();
  await expect(records.filter({ hasText: 'user Admin' })).toHaveCount(0);

  // Back to Admin: the next request is Admin's.
  await shell.identity.selectOption({ index: 0 });
  await expect(page.getByText('Acting as Admin')).toBeVisible();
  await engine.createKey('made as Admin');
  await expect(records.filter({ hasText: 'user Admin' }).filter({ hasText: 'CreateKey' })).toHaveCount(1);
});

test('export, reset, import: the key comes back and still decrypts; a reload keeps it', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await engine.createKey('kept in a file');
  const ciphertext = await engine.encrypt('round trip', 'purpose=e2e');

  const simulator = new SimulatorPage(page);
  await simulator.open();
  const file = await simulator.exportFile();
  expect(file.name).toMatch(/^kms-lab-simulator-.*\.json$/);
  const parsed = JSON.parse(file.text) as { format: string; version: number; keys: Array<{ description: string }> };
  expect(parsed).toMatchObject({ format: 'kms-lab-simulator', version: 1 });
  expect(parsed.keys.map((key) => key.description)).toContain('kept in a file');

  await simulator.reset();
  await engine.open();
  await expect(keyOption(engine, 'kept in a file')).toHaveCount(0);

  await simulator.open();
  await simulator.chooseFile(file.name, file.text);
  await expect(simulator.dialog).toContainText('Replace the simulator with this file?');
  await expectAxeClean(page);
  await simulator.confirm('Replace everything');
  await expect(simulator.status).toContainText(`Imported`);

  await engine.open();
  await expect(keyOption(engine, 'kept in a file')).toHaveCount(1);
  await engine.decrypt(ciphertext, 'purpose=e2e');
  await expect(engine.status(engine.decryptCard)).toContainText('Decrypted 10 bytes');
  await expect(engine.decryptCard).toContainText('round trip');

  await page.reload();
  await page.getByText('Engine running').waitFor();
  await expect(keyOption(engine, 'kept in a file')).toHaveCount(1);
});

test('the reset asks first: Cancel keeps everything', async ({ page }) => {
  const engine = new EnginePage(page);
  await engine.open();
  await engine.createKey('not reset');
  const simulator = new SimulatorPage(page);
  await simulator.open();
  await simulator.resetButton.click();
  await expect(simulator.dialog).toBeVisible();
  await expect(simulator.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(simulator.dialog).toBeHidden();
  await engine.open();
  await expect(keyOption(engine, 'not reset')).toHaveCount(1);
});

test.describe('a bad file', () => {
  const bad: Array<[string, string, RegExp]> = [
    ['corrupt.json', '{"format":"kms-lab-simulator","version":1,"keys":[', /not JSON/],
    ['future.json', '{"format":"kms-lab-simulator","version":2}', /version 2; this KMS Lab reads version 1/],
    ['foreign.json', '{"Records":[]}', /not a KMS Lab simulator file/],
    ['hostile.json', '{"__proto__":{"admin":true},"format":"kms-lab-simulator","version":1}', /"__proto__"/],
  ];
  for (const [name, text, message] of bad) {
    test(`${name} is refused with a clear error and changes nothing`, async ({ page }) => {
      const engine = new EnginePage(page);
      await engine.open();
      await engine.createKey('still here');
      const simulator = new SimulatorPage(page);
      await simulator.open();
      await simulator.chooseFile(name, text);
      await expect(simulator.alert).toContainText(message);
      await expect(simulator.alert).toContainText('Nothing was changed.');
      await expect(simulator.dialog).toBeHidden();
      await expectAxeClean(page);
      await engine.open();
      await expect(keyOption(engine, 'still here')).toHaveCount(1);
    });
  }

  test('a file whose trail was altered passes the schema but the engine refuses it, changing nothing', async ({ page }) => {
    const engine = new EnginePage(page);
    await engine.open();
    await engine.createKey('untouched');
    const simulator = new SimulatorPage(page);
    await simulator.open();
    const file = await simulator.exportFile();
    const altered = file.text.replace('"eventName": "CreateKey"', '"eventName": "DeleteKey"');
    expect(altered).not.toBe(file.text);
    await simulator.chooseFile('altered.json', altered);
    await simulator.confirm('Replace everything');
    await expect(simulator.alert).toContainText('The CloudTrail log does not verify');
    await engine.open();
    await expect(keyOption(engine, 'untouched')).toHaveCount(1);
  });
});
