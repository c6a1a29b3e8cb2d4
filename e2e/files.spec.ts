import { randomBytes } from 'node:crypto';
import { expect, expectAxeClean, test } from './fixtures';
import { FilesPage, sha256 } from './files-page';

// 5 MB: large enough for 20 frames of 256 KiB, small enough for Playwright's default context, which
// may not page large Blobs to disk.
const SIZE = 5_000_000;
const FRAME = 256 * 1024;
const FRAMES = Math.ceil(SIZE / FRAME);
const FRAME_RECORD = FRAME + 37;

test('a 5 MB file encrypts, downloads, opens again and decrypts to the very same bytes', async ({ page }) => {
  const files = new FilesPage(page);
  await files.visit();
  await files.createDemoKey();
  const original = new Uint8Array(randomBytes(SIZE));
  const pkg = await files.encrypt('report.pdf', original);
  await expect(files.outcome(files.seal)).toContainText(`${FRAMES} frames of up to 256 KiB`);
  expect(pkg.length).toBeGreaterThan(SIZE + FRAMES * 37);
  expect(new TextDecoder().decode(pkg.subarray(0, 6))).toBe('KMSLAB');

  await files.choosePackage('report.pdf.kmslab', pkg);
  await expect(files.open.getByRole('definition').filter({ hasText: 'purpose=backup' })).toBeVisible();
  await files.decrypt();
  const decrypted = await files.download(files.open.getByRole('link', { name: 'Download report.pdf' }));
  expect(decrypted.length).toBe(SIZE);
  expect(sha256(decrypted)).toBe(sha256(original));

  // The journey: one GenerateDataKey, the frames summarised, the wipe, the store; then one Decrypt.
  const rows = await files.journeyRows();
  const titles = rows.map((row) => row[2]!.split('\n')[0]);
  expect(titles.filter((title) => title === 'GenerateDataKey request')).toHaveLength(1);
  expect(titles.filter((title) => title === 'Decrypt the data key')).toHaveLength(1);
  expect(titles).toContain(`${FRAMES} frames sealed locally, 256 KiB each`);
  expect(titles.filter((title) => title === 'Plaintext data key wiped')).toHaveLength(2);
  expect(titles).toContain(`${FRAMES} frames opened and verified`);
});

test('a package with one flipped byte in a frame is refused, naming the frame, with nothing to download', async ({ page }) => {
  const files = new FilesPage(page);
  await files.visit();
  await files.createDemoKey();
  const pkg = await files.encrypt('notes.bin', new Uint8Array(randomBytes(SIZE)));
  const headerBytes = pkg.length - FRAMES * 37 - SIZE;
  // Frame 4 (index 3): a byte of its ciphertext, past the 21-byte frame head.
  const tampered = pkg.slice();
  tampered[headerBytes + 3 * FRAME_RECORD + 21 + 1000]! ^= 0x01;

  await files.choosePackage('notes.bin.kmslab', tampered);
  await files.decrypt();
  const outcome = files.outcome(files.open);
  await expect(outcome).toContainText('FRAME_AUTHENTICATION_FAILED');
  await expect(outcome).toContainText(`Frame 4 of ${FRAMES} failed authentication`);
  await expect(files.open.getByRole('link', { name: /^Download/ })).toHaveCount(0);
  const rows = await files.journeyRows();
  expect(rows.at(-1)![4]).toContain('FRAME_AUTHENTICATION_FAILED');
});

test('a truncated package and a wrong expected context are refused by name', async ({ page }) => {
  const files = new FilesPage(page);
  await files.visit();
  await files.createDemoKey();
  const pkg = await files.encrypt('small.txt', new TextEncoder().encode('short and sweet'));

  await files.choosePackage('small.txt.kmslab', pkg.subarray(0, pkg.length - 5));
  await files.decrypt();
  await expect(files.outcome(files.open)).toContainText('TRUNCATED');

  await files.choosePackage('small.txt.kmslab', pkg);
  await files.open.getByRole('button', { name: 'Add a pair' }).click();
  await files.open.getByRole('textbox', { name: 'Key 1' }).fill('purpose');
  await files.open.getByRole('textbox', { name: 'Value 1' }).fill('payroll');
  await files.decrypt();
  await expect(files.outcome(files.open)).toContainText('ENCRYPTION_CONTEXT_MISMATCH');
  await expect(files.outcome(files.open)).toContainText('KMS was not called');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the page with a package, a refusal and the journey passes axe', async ({ page }) => {
      const files = new FilesPage(page);
      await files.visit();
      await files.createDemoKey();
      const pkg = await files.encrypt('axe.txt', new TextEncoder().encode('accessible bytes'));
      const broken = pkg.slice();
      broken[broken.length - 3]! ^= 0xff;
      await files.choosePackage('axe.txt.kmslab', broken);
      await files.decrypt();
      await expect(files.outcome(files.open)).toContainText('FRAME_AUTHENTICATION_FAILED');
      await expectAxeClean(page);
    });
  });
}
