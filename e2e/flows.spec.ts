import { expect, expectAxeClean, test } from './fixtures';
import { FlowsPage } from './flows-page';

// The engine's own order of events for one successful request (src/engine/events.test.ts, REQ-3).
const ENGINE_ORDER = [
  'request.received',
  'request.routed',
  'request.validated',
  'request.authorized',
  'key.resolved',
  'hsm.message to-hsm',
  'hsm.message from-hsm',
  'storage.write',
  'trail.recorded',
  'request.succeeded',
];

test('envelope encryption: GenerateDataKey’s steps follow the engine’s events, and playback shows them in that order', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.choose('Envelope encryption');
  await flows.run();

  const rows = await flows.tableRows();
  // The first ten rows are the GenerateDataKey request, one per engine event, sequence numbers rising.
  const events = rows.slice(0, 10).map((row) => row[5]!);
  expect(events.map((name) => name.replace(/^#\d+ /, ''))).toEqual(ENGINE_ORDER);
  const seqs = events.map((name) => Number(/^#(\d+)/.exec(name)![1]));
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(seqs.length);
  // Then the app's own work: the wipe, the header, the frame sealed locally, the package stored.
  expect(rows.slice(10).map((row) => row[5])).toEqual(['envelope data-key-wiped', 'envelope header-written', 'envelope package-written', 'app data-store.put']);
  expect(rows[6]![3]).toContain('sensitive: plaintext data key (32 bytes)');

  // Stepping through shows each row's step, in the table's order, and narrates it.
  await flows.jump(1);
  for (const [i, row] of rows.entries()) {
    const title = row[2]!.split('\n')[0]!;
    await expect(flows.caption()).toContainText(`Step ${i + 1} of ${rows.length}`);
    await expect(flows.caption()).toContainText(title);
    await expect(flows.narration).toContainText(`Step ${i + 1} of ${rows.length}`);
    if (i < rows.length - 1) await flows.playback.getByRole('button', { name: 'Next', exact: true }).click();
  }
});

test('the plaintext data key is shown as it arrived, then wiped, proven on the very buffer KMS returned', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.choose('Envelope encryption');
  await flows.run();

  await flows.jump(10);
  await expect(flows.caption()).toContainText('Both keys reach the app');
  const arrived = flows.inspector.getByText('Plaintext data key, as it arrived');
  await expect(arrived).toBeVisible();
  const hex = await flows.inspector.locator('pre').first().innerText();
  expect(hex.replace(/^\w{4} {2}/gm, '').replace(/\s+/g, '')).toMatch(/^[0-9a-f]{64}$/);
  expect(hex.replace(/^\w{4} {2}/gm, '').replace(/\s+/g, '')).not.toBe('0'.repeat(64));

  await flows.jump(11);
  await expect(flows.caption()).toContainText('Plaintext data key wiped');
  await expect(flows.inspector).toContainText('✓ All 32 bytes are zero.');
  await expect(flows.inspector).toContainText('✓ It is the same Uint8Array the envelope layer wiped, not a copy.');
  const wiped = await flows.inspector.locator('pre').first().innerText();
  expect(wiped.replace(/^\w{4} {2}/gm, '').replace(/\s+/g, '')).toBe('0'.repeat(64));

  // Once playback has passed the wipe, even the display copy is gone.
  await flows.jump(10);
  await expect(flows.inspector).toContainText('The plaintext data key was wiped at step 11');
  await expect(arrived).toHaveCount(0);
});

test('Encrypt of 4,097 bytes ends at validation, at the endpoint, with ValidationException', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.choose('Encrypt a short text');
  await flows.setup.getByRole('button', { name: 'Try 4,097 bytes' }).click();
  await expect(flows.setup.getByText('4,097 bytes of 4,096')).toBeVisible();
  await flows.run();

  const rows = await flows.tableRows();
  expect(rows.map((row) => row[5]!.replace(/^#\d+ /, ''))).toEqual(['request.received', 'request.routed', 'request.failed', 'storage.write', 'trail.recorded', 'request.failed']);
  expect(rows[2]!.slice(1, 3).join(' | ')).toMatch(/^at KMS endpoint \| Refused: ValidationException/);
  expect(rows[2]![4]).toContain('ValidationException');
  expect(rows.some((row) => /HSM/.test(row[1]!))).toBe(false);
  await flows.jump(3);
  await expect(flows.caption()).toContainText('Member must have length less than or equal to 4096');
  await expect(flows.caption()).toContainText('S9');
  await expectAxeClean(page);
});

test('presenter mode works from the keyboard alone: P, PageDown, Space, R and Escape', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.choose('Encrypt a short text');
  await flows.run();
  const firstKey = await flows.setup.getByRole('combobox', { name: 'KMS key' }).inputValue();
  await page.getByRole('heading', { level: 1 }).focus();

  await page.keyboard.press('p');
  const presenter = page.getByRole('dialog', { name: 'Presenter mode' });
  await expect(presenter).toBeVisible();
  const caption = presenter.getByRole('group', { name: 'Current step' });
  await page.keyboard.press('Home');
  await expect(caption).toContainText('Step 1 of 10');
  await page.keyboard.press('PageDown');
  await expect(caption).toContainText('Step 2 of 10');
  await page.keyboard.press('PageUp');
  await expect(caption).toContainText('Step 1 of 10');
  await page.keyboard.press('PageDown');

  await page.keyboard.press(' ');
  await expect(presenter.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(presenter.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  await page.keyboard.press('r');
  await expect(caption).toContainText('Run a flow to see its steps here');
  await expect(presenter).toContainText('Reset clears the flow');
  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
  // The reset selected a fresh demo key and kept the first one.
  const keySelect = flows.setup.getByRole('combobox', { name: 'KMS key' });
  await expect(keySelect).not.toHaveValue(firstKey);
  await expect(keySelect.locator('option')).toHaveCount(2);
  await expect(flows.steps).toContainText('No steps yet');
});

test('a wrong encryption context fails inside the HSM that served the Decrypt', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.choose('Encrypt a short text');
  await flows.run();
  await flows.choose('Decrypt it');
  await flows.setup.getByRole('textbox', { name: 'Value 1' }).fill('someone-else');
  await flows.run();
  const rows = await flows.tableRows();
  const failed = rows.find((row) => row[4]!.includes('InvalidCiphertextException') && /^HSM in us-east-1[abc]/.test(row[1]!));
  expect(failed, JSON.stringify(rows)).toBeDefined();
});

test('a burst of 1,000 GenerateDataKey calls is shown as counts', async ({ page }) => {
  const flows = new FlowsPage(page);
  await flows.open();
  await flows.createDemoKey();
  await flows.setup.getByRole('button', { name: 'Run 1,000 GenerateDataKey' }).click();
  await expect(flows.steps.getByText('1,000 GenerateDataKey in')).toBeVisible({ timeout: 30_000 });
  await expect(flows.stage.getByRole('heading', { name: 'The flow: 1000 × GenerateDataKey' })).toBeVisible();
  expect(await flows.rows().count()).toBeLessThan(15);
  await expect(flows.rows().first()).toContainText('1,000 GenerateDataKey requests');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('a run, its inspector and presenter mode pass axe', async ({ page }) => {
      const flows = new FlowsPage(page);
      await flows.open();
      await flows.createDemoKey();
      await flows.choose('Envelope encryption');
      await flows.run();
      await flows.jump(7);
      await expectAxeClean(page);
      await flows.stage.getByRole('button', { name: 'Presenter mode (P)' }).click();
      await expect(page.getByRole('dialog', { name: 'Presenter mode' })).toBeVisible();
      await expectAxeClean(page);
    });
  });
}
