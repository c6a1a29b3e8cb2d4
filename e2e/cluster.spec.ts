import { ClusterPage } from './cluster-page';
import { expect, expectAxeClean, test } from './fixtures';

// Each test runs in a fresh browser context with empty IndexedDB, and a fresh engine whose faults and
// quotas start healthy: tests never see each other's outages.

test('with two AZs down KMS still encrypts and decrypts but refuses changes; with three down it fails; restored, nothing is lost', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  await expect(await cluster.tryRequest('Create key')).toContainText('CreateKey succeeded');
  await expect(await cluster.tryRequest('Encrypt')).toContainText('Encrypt succeeded');

  await cluster.azAction('us-east-1a', 'Take down');
  await cluster.azAction('us-east-1b', 'Take down');
  await expect(cluster.narration).toContainText('us-east-1b is down');
  await expect(cluster.regionControls).toContainText('Changes refused: 1 of 3 AZs serving');
  await expect(cluster.row('us-east-1b')).toContainText('Down');

  await expect(await cluster.tryRequest('Encrypt')).toContainText('Encrypt succeeded');
  await expect(await cluster.tryRequest('Decrypt')).toContainText('Decrypt succeeded: “Still here after the outage”');
  await expect(cluster.tryIt.getByRole('status')).toContainText('Served by us-east-1c');

  const refused = await cluster.tryRequest('Create key');
  await expect(refused).toContainText('CreateKey failed: KMSInternalException');
  await expect(refused).toContainText('too few Availability Zones of the Region are reachable');
  await expect(refused).toContainText('The request was rejected because an internal exception occurred. The request can be retried.');
  await expect(refused).toContainText("Fewer than two of us-east-1's three storage replicas are reachable");

  // Faults in one Region never reach another.
  await expect(cluster.row('us-west-2a')).toContainText('Up');
  await expect(cluster.row('eu-west-1b')).toContainText('yes');

  await cluster.azAction('us-east-1c', 'Take down');
  await expect(cluster.regionControls).toContainText('Unavailable: 0 of 3 AZs serving');
  const failed = await cluster.tryRequest('Encrypt');
  await expect(failed).toContainText('Encrypt failed: KMSInternalException');
  await expect(failed).toContainText('No Availability Zone of us-east-1 can serve requests now');

  await cluster.regionControls.getByRole('button', { name: 'Restore all 3 AZs' }).click();
  await expect(cluster.regionControls).toContainText('Healthy: 3 of 3 AZs serving');
  // The ciphertext made while two AZs were down, under the key made before any fault, still decrypts.
  await expect(await cluster.tryRequest('Decrypt')).toContainText('Decrypt succeeded: “Still here after the outage”');
  await expect(await cluster.tryRequest('Create key')).toContainText('CreateKey succeeded');
  for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c']) {
    const row = cluster.row(az);
    await expect(row.getByRole('cell').nth(0)).toHaveText('Up');
    await expect(row.getByRole('cell').nth(2)).toHaveText('0');
    await expect(row.getByRole('cell').nth(3)).toHaveText('2');
  }
  await expectAxeClean(page);
});

test('a replica that missed writes catches up, a destroyed one is rebuilt, and the last current one cannot be destroyed', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  await cluster.azAction('us-east-1c', 'Partition');
  await expect(await cluster.tryRequest('Create key')).toContainText('CreateKey succeeded');
  await expect(cluster.row('us-east-1c').getByRole('cell').nth(2)).toHaveText('1');
  await cluster.azAction('us-east-1c', 'Bring up');
  await expect(cluster.narration).toContainText('us-east-1c is back up. us-east-1c caught up from us-east-1a (1 write).');
  await expect(cluster.row('us-east-1c').getByRole('cell').nth(2)).toHaveText('0');

  await cluster.azAction('us-east-1a', 'Take down');
  await cluster.azAction('us-east-1a', 'Destroy replica');
  await expect(cluster.row('us-east-1a')).toContainText('Down, replica destroyed');
  await cluster.azAction('us-east-1b', 'Take down');
  await cluster.azAction('us-east-1b', 'Destroy replica');
  await cluster.azAction('us-east-1c', 'Destroy replica');
  await expect(cluster.narration).toContainText('Refused: KMS Lab keeps one current replica in us-east-1');
  await cluster.azAction('us-east-1a', 'Bring up');
  await expect(cluster.narration).toContainText('us-east-1a was rebuilt from us-east-1c (1 key, 0 aliases).');
  await expect(cluster.row('us-east-1a').getByRole('cell').nth(3)).toHaveText('1');
});

test('a lowered quota throttles a load, and a data-key cache removes the throttling', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  await cluster.quota.getByRole('button', { name: '10/s' }).click();
  await expect(cluster.narration).toContainText('The symmetric request quota in us-east-1 is now 10 per second.');
  await expect(cluster.quota).toContainText('10 per second');

  const throttled = await cluster.runLoad(40, 2, false);
  await expect(throttled).toContainText(/80 messages sent; \d+ GenerateDataKey calls accepted, [1-9]\d* throttled with ThrottlingException/);
  await expect(cluster.load.getByRole('img', { name: /Chart of GenerateDataKey calls/ })).toBeVisible();

  const cached = await cluster.runLoad(40, 2, true);
  await expect(cached).toContainText(/80 messages sent; 1 GenerateDataKey call accepted, 0 throttled with ThrottlingException, 79 messages reused a cached data key/);
  await expectAxeClean(page);

  await cluster.quota.getByRole('button', { name: /AWS default/ }).click();
  await expect(cluster.quota).toContainText('100,000 per second (AWS default)');
});

test('the controls work from the keyboard, and refusals are words, not console errors', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  await cluster.az('us-east-1b').getByRole('button', { name: 'Take down' }).focus();
  await page.keyboard.press('Enter');
  await expect(cluster.narration).toContainText('us-east-1b is down');
  // The pressed button keeps focus, now unavailable, and says so.
  await expect(cluster.az('us-east-1b').getByRole('button', { name: 'Take down' })).toBeFocused();
  await expect(cluster.az('us-east-1b').getByRole('button', { name: 'Take down' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(cluster.az('us-east-1b').getByRole('button', { name: 'Bring up' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cluster.narration).toContainText('us-east-1b is back up');

  await cluster.az('us-east-1a').getByLabel('Added latency (ms)').fill('-5');
  await cluster.az('us-east-1a').getByLabel('Added latency (ms)').press('Enter');
  await expect(cluster.narration).toContainText('Refused: Latency is a non-negative number of milliseconds.');
  await cluster.az('us-east-1a').getByLabel('Added latency (ms)').fill('250');
  await cluster.az('us-east-1a').getByLabel('Added latency (ms)').press('Enter');
  await expect(cluster.narration).toContainText('Requests served by us-east-1a now take 250 ms longer.');
  await expect(cluster.row('us-east-1a')).toContainText('250 ms');
});

test('the Region picked in the header is the one shown large and the one Try it calls', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  await cluster.azAction('us-east-1a', 'Take down');
  await cluster.azAction('us-east-1b', 'Take down');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('eu-west-1');
  const europe = new ClusterPage(page, 'eu-west-1');
  await expect(page.getByRole('heading', { level: 2, name: /^eu-west-1: 3 Availability Zones/ })).toBeVisible();
  await expect(europe.regionControls).toContainText('Healthy: 3 of 3 AZs serving');
  await expect(await europe.tryRequest('Create key')).toContainText('CreateKey succeeded');
  await expect(europe.row('us-east-1a')).toContainText('Down');
});

test('the durability model shows eleven nines for three AZs, labelled as a model', async ({ page }) => {
  const cluster = new ClusterPage(page);
  await cluster.open();
  const panel = page.getByRole('region', { name: /Durability/ });
  await expect(panel).toContainText('A model, not a measurement');
  const result = panel.getByRole('status');
  await expect(result).toContainText('≈ 11 nines');
  await expect(result).toContainText('99.999999999%');
  await panel.getByLabel('Replicas (one per AZ)').fill('1');
  await expect(result).toContainText('≈ 1 nine');
  await panel.getByLabel('Hours to rebuild a lost replica').fill('0');
  await expect(result).toContainText('The repair time must be positive.');
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the page with an outage, a refusal and a chart passes axe', async ({ page }) => {
    const cluster = new ClusterPage(page);
    await cluster.open();
    await expect(await cluster.tryRequest('Create key')).toContainText('CreateKey succeeded');
    await cluster.azAction('us-east-1a', 'Partition');
    await cluster.azAction('us-east-1b', 'Take down');
    await expect(await cluster.tryRequest('Create key')).toContainText('KMSInternalException');
    await cluster.quota.getByRole('button', { name: '10/s' }).click();
    await cluster.runLoad(30, 1, false);
    await expectAxeClean(page);
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the stacked cluster, the controls and the table fit without sideways scrolling and pass axe', async ({ page }) => {
    const cluster = new ClusterPage(page);
    await cluster.open();
    await cluster.azAction('us-east-1c', 'Take down');
    await expect(cluster.row('us-east-1c')).toContainText('Down');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAxeClean(page);
  });
});
