import { expectAxeClean, expect, test } from './fixtures';
import { TerminalPage } from './terminal-page';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

test('a new learner runs the course commands from the keyboard, and finds files and history after a reload', async ({ page }) => {
  // Every line is typed key by key, as a learner types it: a long journey for the default minute.
  test.setTimeout(180_000);
  const terminal = new TerminalPage(page);
  await terminal.visit();
  await expectAxeClean(page);

  const created = JSON.parse(await terminal.run('aws kms create-key --description test')) as { KeyMetadata: { KeyId: string; Description: string; Arn: string } };
  expect(created.KeyMetadata.Description).toBe('test');
  expect(created.KeyMetadata.Arn).toContain(':us-east-1:');
  const keyId = created.KeyMetadata.KeyId;
  expect(await terminal.run(`aws kms create-alias --alias-name alias/app --target-key-id ${keyId}`)).toBe('');

  await terminal.run('echo "hello" > plain.txt');
  await expect(terminal.fileRow('plain.txt')).toContainText('6 bytes');
  expect(await terminal.run('aws kms encrypt --key-id alias/app --plaintext fileb://plain.txt --output text --query CiphertextBlob | base64 --decode > secret.bin')).toBe('');
  await expect(terminal.fileRow('secret.bin')).toBeVisible();
  const decrypt = 'aws kms decrypt --ciphertext-blob fileb://secret.bin --output text --query Plaintext | base64 --decode';
  expect(await terminal.run(decrypt)).toBe('hello\n');
  await expect(terminal.announcer).toHaveText('hello');

  const dataKey = JSON.parse(await terminal.run('aws kms generate-data-key --key-id alias/app --key-spec AES_256 --encryption-context purpose=test')) as Record<string, string>;
  expect(dataKey).toMatchObject({ CiphertextBlob: expect.any(String), KeyId: created.KeyMetadata.Arn });
  expect(atob(dataKey['Plaintext']!)).toHaveLength(32);

  await terminal.run(`aws kms disable-key --key-id ${keyId}`);
  const refused = await terminal.run(decrypt);
  expect(refused).toMatch(/^An error occurred \(DisabledException\) when calling the Decrypt operation: .+/m);
  await expect(terminal.announcer).toContainText('An error occurred (DisabledException) when calling the Decrypt operation');
  await terminal.run(`aws kms enable-key --key-id ${keyId}`);
  expect(await terminal.run(decrypt)).toBe('hello\n');

  const events = await terminal.run('aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Encrypt --query "Events[].EventName" --output text');
  expect(events.trim()).toBe('Encrypt');
  expect(await terminal.run('aws kms help')).toContain('create-key');
  expect(await terminal.run('aws kms encrypt help')).toContain('--plaintext');

  // History with the arrows: Up walks back, Down walks forward and returns to the empty line.
  await terminal.input.focus();
  await page.keyboard.press('ArrowUp');
  await expect(terminal.input).toHaveValue('aws kms encrypt help');
  await page.keyboard.press('ArrowUp');
  await expect(terminal.input).toHaveValue('aws kms help');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(terminal.input).toHaveValue('');

  // Tab completes an alias the learner made, and lists commands when there are several.
  await page.keyboard.type('aws kms describe-key --key-id alias/a');
  await page.keyboard.press('Tab');
  await expect(terminal.input).toHaveValue('aws kms describe-key --key-id alias/app ');
  await expect(terminal.input).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(terminal.entries().last()).toContainText(`"KeyId": "${keyId}"`);
  await page.keyboard.type('aws kms cre');
  await page.keyboard.press('Tab');
  await expect(terminal.input).toHaveValue('aws kms create-');
  await page.keyboard.press('Tab');
  await expect(terminal.entries().last().locator('.terminal__output')).toHaveText(/create-alias\s+create-key/);
  await expect(terminal.announcer).toContainText('completions: create-alias, create-key');

  // Ctrl+C drops the line; Escape gives Tab back to the page, so the keyboard can leave.
  await page.keyboard.press('Control+c');
  await expect(terminal.input).toHaveValue('');
  await expect(terminal.entries().last()).toContainText('aws kms create-^C');
  await page.keyboard.type('aws');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(terminal.input).not.toBeFocused();
  await terminal.input.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');

  // A file from the computer, used as fileb:// and downloaded back.
  await terminal.upload('note.txt', new TextEncoder().encode('from my computer'));
  await expect(terminal.files.getByRole('status')).toContainText('Uploaded note.txt');
  await terminal.run('aws kms encrypt --key-id alias/app --plaintext fileb://note.txt --output text --query CiphertextBlob | base64 --decode > note.enc');
  expect(await terminal.run('aws kms decrypt --ciphertext-blob fileb://note.enc --query Plaintext --output text | base64 --decode')).toBe('from my computer');
  expect(text(await terminal.download('note.txt'))).toBe('from my computer');
  const secret = await terminal.download('secret.bin');
  expect(secret.length).toBeGreaterThan(6);

  // Delete, from the keyboard.
  await terminal.files.getByRole('button', { name: 'Delete note.enc' }).focus();
  await page.keyboard.press('Enter');
  await expect(terminal.fileRow('note.enc')).toHaveCount(0);
  expect(await terminal.run('cat note.enc')).toContain('note.enc: No such file or directory');

  await expectAxeClean(page);

  // After a reload the files and the history are still there (IndexedDB), and the key too (the engine).
  await page.reload();
  await terminal.visit();
  await expect(terminal.fileRow('plain.txt')).toContainText('6 bytes');
  await expect(terminal.fileRow('secret.bin')).toBeVisible();
  await expect(terminal.fileRow('note.txt')).toBeVisible();
  await terminal.input.focus();
  await page.keyboard.press('ArrowUp');
  await expect(terminal.input).toHaveValue('cat note.enc');
  await page.keyboard.press('ArrowDown');
  expect(await terminal.run(decrypt)).toBe('hello\n');

  // Ctrl+L and `clear` wipe the screen.
  await terminal.input.focus();
  await page.keyboard.press('Control+l');
  await expect(terminal.entries()).toHaveCount(0);
  await terminal.run('echo again');
  await terminal.input.focus();
  await page.keyboard.type('clear');
  await page.keyboard.press('Enter');
  await expect(terminal.entries()).toHaveCount(0);
});

test('the terminal follows the Region and the identity chosen in the header', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.visit();
  const created = JSON.parse(await terminal.run('aws kms create-key --description west')) as { KeyMetadata: { Arn: string } };
  expect(created.KeyMetadata.Arn).toContain(':us-east-1:');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('us-west-2');
  await expect(terminal.terminal.getByText('Region us-west-2 · profile default')).toBeVisible();
  const west = JSON.parse(await terminal.run('aws kms create-key --description west')) as { KeyMetadata: { Arn: string } };
  expect(west.KeyMetadata.Arn).toContain(':us-west-2:');
  expect(await terminal.run('aws kms list-keys --query "length(Keys)"')).toBe('1\n');

  // Acting as Alice, the CLI signs with Alice's access key, and CloudTrail names her.
  const identity = page.getByRole('combobox', { name: 'Identity' });
  await identity.selectOption({ label: (await identity.locator('option', { hasText: 'Alice' }).textContent()) ?? 'Alice' });
  await expect(terminal.terminal.getByText('Region us-west-2 · profile alice')).toBeVisible();
  await terminal.run('aws kms create-key --description by-alice');
  const who = 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=CreateKey --query "Events[0].[Username,AccessKeyId]" --output text';
  expect(await terminal.run(who)).toBe('Alice\tAKIAKMSLABALICE00002\n');
});

test('a block pasted from the AWS docs runs line by line, with backslash continuations joined', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.visit();
  await terminal.paste('echo "hello" > plain.txt\naws kms create-key \\\n    --description "pasted" \\\n    --query KeyMetadata.Description \\\n    --output text\naws kms list-keys --query "length(Keys)"');
  await expect(terminal.entries()).toHaveCount(2);
  await expect(terminal.entries().nth(1)).toContainText('pasted');
  await expect(terminal.fileRow('plain.txt')).toBeVisible();
  // The last line had no newline after it: it waits at the prompt, as in a terminal.
  await expect(terminal.input).toHaveValue('aws kms list-keys --query "length(Keys)"');
  await terminal.input.press('Enter');
  await expect(terminal.entries().last().locator('.terminal__output')).toHaveText('1');

  // Away to another page and back: the view reopens its database and finds the file.
  await page.getByRole('link', { name: 'Engine', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Engine' }).waitFor();
  await page.goBack();
  await terminal.visit();
  await expect(terminal.fileRow('plain.txt')).toContainText('6 bytes');
  expect(await terminal.run('cat plain.txt')).toBe('hello\n');
});

test('a tutorial that keeps the key ID in a shell variable runs as written', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.visit();
  expect(await terminal.run('KEY_ID=$(aws kms create-key --description "from a variable" --query KeyMetadata.KeyId --output text)')).toBe('');
  expect(await terminal.run('aws kms describe-key --key-id $KEY_ID --query KeyMetadata.Description --output text')).toBe('from a variable\n');
  expect(await terminal.run('echo "key: ${KEY_ID}" | base64 | base64 --decode')).toMatch(/^key: [0-9a-f-]{36}\n$/);
  expect(await terminal.run('aws kms describe-key --key-id $NOT_SET; echo "exit $?"')).toContain('exit 252');
});

test('--output table is laid out for the terminal’s width, as the CLI does for its window', async ({ page }) => {
  const terminal = new TerminalPage(page);
  const query = 'aws kms describe-key --key-id alias/w --output table --query "KeyMetadata.{Id:KeyId,Spec:KeySpec,State:KeyState}"';
  await page.setViewportSize({ width: 1400, height: 900 });
  await terminal.visit();
  const keyId = (await terminal.run('aws kms create-key --query KeyMetadata.KeyId --output text')).trim();
  await terminal.run(`aws kms create-alias --alias-name alias/w --target-key-id ${keyId}`);
  // 74 characters across: one row of three columns where they fit.
  expect(await terminal.run(query)).toMatch(/\|\s+Id\s+\|\s+Spec\s+\|\s+State\s+\|/);
  await page.setViewportSize({ width: 700, height: 900 });
  // Narrower than that, the CLI turns a one-row table on its side: one name and value a line.
  const narrow = await terminal.run(query);
  // (The name column gets no right padding, exactly as the recorded real CLI prints `|  Created|`.)
  expect(narrow).toMatch(new RegExp(`\\|\\s+Id\\s*\\|\\s+${keyId}\\s+\\|`));
  expect(narrow).toMatch(/\|\s+State\s*\|\s+Enabled\s+\|/);
});

test('bad data in the terminal’s database does not break the page', async ({ page }) => {
  const terminal = new TerminalPage(page);
  await terminal.visit();
  await terminal.run('echo ok > good.txt');
  await expect(terminal.fileRow('good.txt')).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kms-lab-terminal');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const tx = request.result.transaction(['files', 'meta'], 'readwrite');
          tx.objectStore('files').put('not bytes', 'text.txt');
          tx.objectStore('files').put(new Uint8Array([1]), '../escape');
          tx.objectStore('files').put({ evil: true }, '__proto__');
          tx.objectStore('meta').put({ not: 'a list' }, 'history');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
  );
  await page.reload();
  await terminal.visit();
  await expect(terminal.fileRow('good.txt')).toBeVisible();
  await expect(terminal.files.getByRole('rowheader')).toHaveCount(1);
  expect(await terminal.run('cat good.txt')).toBe('ok\n');
});
