import { readFile } from 'node:fs/promises';
import { INTERACTIVE_QUESTIONS, QUESTIONS } from '../src/content/questions/index';
import type { Question, Topic } from '../src/content/questions/types';
import { poolFor, selectItems, type QuizItem } from '../src/content/quiz/index';
import { EnginePage } from './engine-page';
import { expect, expectAxeClean, test } from './fixtures';
import { QuizPage } from './quiz-page';

// The quiz draws its items from the seed, so the test can compute the same quiz and know each answer.
const plain = (text: string) => text.replaceAll('`', '');
const quizFor = (seed: string, topics: Topic[], count: number, interactive: boolean): QuizItem[] =>
  selectItems({ questions: QUESTIONS, ...(interactive && { interactive: INTERACTIVE_QUESTIONS }) }, { seed, topics, count });
const choiceOf = (item: QuizItem | undefined): Question => {
  if (item?.kind !== 'choice') throw new Error('expected a multiple-choice item');
  return item.question;
};
const rightOptions = (question: Question) => question.options.filter((option) => option.correct).map((option) => plain(option.text));
const wrongOptions = (question: Question) => question.options.filter((option) => !option.correct).map((option) => plain(option.text));

test('practice: a seeded quiz on one topic checks each answer and explains every option', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  await expectAxeClean(page);
  const items = quizFor('PRACT1', ['encryption-context'], 3, false);
  await quiz.start({ mode: 'Practice', topics: ['Encryption context'], count: 3, seed: 'PRACT1', simulatorTasks: false });

  // Every item is on the chosen topic, in the seeded order.
  for (const [index, item] of items.entries()) {
    const question = choiceOf(item);
    expect(question.topics).toContain('encryption-context');
    await expect(quiz.heading(index + 1)).toBeVisible();
    await expect(quiz.question()).toContainText(plain(question.stem).slice(0, 60));
    const check = quiz.button('Check answer');
    await expect(check).toBeDisabled();
    // First answer wrong, the others right: both verdicts must show.
    const answers = index === 0 ? wrongOptions(question).slice(0, question.selectCount) : rightOptions(question);
    for (const text of answers) await quiz.option(text).check();
    await check.click();
    await expect(quiz.item.getByText(index === 0 ? 'Not quite.' : 'Right.')).toBeVisible();
    await expect(quiz.status).toHaveText(index === 0 ? /^Not correct\./ : /^Correct\./);
    // An explanation for every option, saying which are right, and the reference link.
    await expect(quiz.item.getByText(/^(Correct|Wrong) answer/)).toHaveCount(question.options.length);
    for (const option of question.options) await expect(quiz.item.getByText(plain(option.explanation))).toBeVisible();
    await expect(quiz.item.getByRole('link', { name: question.references[0]?.title })).toHaveAttribute('href', question.references[0]?.url ?? '');
    // Locked once checked.
    await expect(quiz.option(plain(question.options[0]?.text ?? ''))).toBeDisabled();
    if (index === 0) await expectAxeClean(page);
    if (index < items.length - 1) await quiz.button('Next').click();
  }

  await quiz.button('Finish practice').click();
  await page.getByRole('dialog', { name: 'Finish practice?' }).getByRole('button', { name: 'Finish practice' }).click();
  await expect(quiz.results()).toContainText('2 of 3 correct (67%)');
});

test('exam: timer, flag, navigate, submit with confirmation, per-topic results; history survives a reload', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  const topics: Topic[] = ['rotation', 'data-keys'];
  const items = quizFor('EXAM42', topics, 4, false);
  await quiz.start({ mode: 'Exam', topics: ['Key rotation', 'Data keys'], count: 4, seed: 'EXAM42', simulatorTasks: false });

  await expect(page.getByRole('timer')).toHaveText(/^[78]:\d\d$/);
  // No feedback in exam mode.
  await expect(quiz.button('Check answer')).toHaveCount(0);

  // Q1 right, Q2 flagged and left empty, Q4 right via the navigator, Q3 wrong.
  for (const text of rightOptions(choiceOf(items[0]))) await quiz.option(text).check();
  await quiz.button('Next').click();
  await expect(quiz.heading(2)).toBeFocused();
  await quiz.button('Flag for review').click();
  await expect(quiz.button('Flag for review')).toHaveAttribute('aria-pressed', 'true');
  await expect(quiz.navigatorButton(2)).toHaveAccessibleName('Question 2, not answered, flagged for review');
  await quiz.navigatorButton(4).click();
  await expect(quiz.heading(4)).toBeVisible();
  for (const text of rightOptions(choiceOf(items[3]))) await quiz.option(text).check();
  await quiz.navigatorButton(3).click();
  const third = choiceOf(items[2]);
  for (const text of wrongOptions(third).slice(0, third.selectCount)) await quiz.option(text).check();
  await expect(quiz.navigatorButton(1)).toHaveAccessibleName('Question 1, answered');
  await expectAxeClean(page);

  await quiz.button('Submit exam').click();
  const dialog = page.getByRole('dialog', { name: 'Submit the exam?' });
  await expect(dialog).toContainText('1 question has no answer yet. 1 question is flagged for review.');
  await expectAxeClean(page);
  await dialog.getByRole('button', { name: 'Keep working' }).click();
  await expect(dialog).toHaveCount(0);
  await quiz.button('Submit exam').click();
  await dialog.getByRole('button', { name: 'Submit exam' }).click();

  const results = quiz.results();
  await expect(results.getByRole('heading', { name: 'Exam results' })).toBeFocused();
  await expect(results).toContainText('2 of 4 correct (50%)');
  // Per-topic rows: each item counts in each of its topics.
  const table = results.getByRole('table', { name: /Score by topic/ });
  const expected = new Map<string, { correct: number; total: number }>();
  items.forEach((item, index) => {
    for (const topic of item.topics) {
      const row = expected.get(topic) ?? { correct: 0, total: 0 };
      row.total += 1;
      if (index === 0 || index === 3) row.correct += 1;
      expected.set(topic, row);
    }
  });
  await expect(table.getByRole('row')).toHaveCount(expected.size + 1);
  await expect(table.getByRole('row', { name: /Key rotation/ })).toContainText(`${expected.get('rotation')?.correct ?? 0} of ${expected.get('rotation')?.total ?? 0}`);
  // Review of each answer, with the explanations.
  await expect(results.getByText(/^Question \d: (Correct|Wrong|Not answered)/)).toHaveCount(4);
  await expect(results.getByText('Question 2: Not answered (flagged for review)')).toBeVisible();
  await expectAxeClean(page);

  await page.reload();
  await expect(quiz.results()).toContainText('2 of 4 correct (50%)');
  await expect(quiz.historyRows()).toHaveCount(2);
  await expect(quiz.history.getByRole('row', { name: /EXAM42/ })).toContainText('2 of 4 (50%)');
  await quiz.history.getByText('All quizzes by topic, weakest first').click();
  await expect(quiz.history.getByRole('row', { name: /^Key rotation/ })).toContainText(`${expected.get('rotation')?.correct ?? 0} of ${expected.get('rotation')?.total ?? 0}`);
  await quiz.results().getByRole('button', { name: 'New quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Start a quiz' })).toBeFocused();
  await expect(quiz.history.getByRole('row', { name: /Exam, seed EXAM42/ })).toBeVisible();
});

test('exam time: milestones are announced, and at the deadline the exam submits itself', async ({ page }) => {
  await page.clock.install();
  const quiz = new QuizPage(page);
  await quiz.open();
  await quiz.start({ mode: 'Exam', topics: ['Key rotation'], count: 1, seed: 'CLOCK1', simulatorTasks: false });
  await expect(page.getByRole('timer')).toHaveText('2:00');
  await page.clock.runFor(30_000);
  await expect(page.getByRole('timer')).toHaveText('1:30');
  // Not announced every second: the live region stays on the start message until a milestone.
  await expect(quiz.status).toHaveText('Exam started: 1 questions.');
  await page.clock.runFor(31_000);
  await expect(quiz.status).toHaveText('1 minute left in the exam.');
  await page.clock.runFor(60_000);
  await expect(quiz.results()).toContainText('time ran out');
  await expect(quiz.status).toHaveText('Time is up: the exam was submitted. 0 of 1 correct. Saved to your progress.');
});

test('export and import progress: a bad file changes nothing, a good one is merged', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  await quiz.start({ mode: 'Practice', topics: ['HSMs and FIPS validation'], count: 1, seed: 'EXPORT', simulatorTasks: false });
  await quiz.button('Finish practice').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish practice' }).click();
  await quiz.results().getByRole('button', { name: 'New quiz' }).click();
  await expect(quiz.historyRows()).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await quiz.history.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kms-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { format: string; attempts: Array<Record<string, unknown>> };
  expect(exported.format).toBe('kms-lab-progress');
  expect(exported.attempts).toHaveLength(1);
  expect(exported.attempts[0]).toMatchObject({ seed: 'EXPORT', mode: 'practice', correct: 0, total: 1 });

  const fileInput = quiz.history.getByLabel('Progress file to import');
  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kms-lab-progress","version":1,"exportedAt":"x","attempts":[{"id":1}]}') });
  await expect(quiz.history.getByRole('alert')).toContainText(/^Nothing was imported\. The file does not match the progress format at attempts\.0\.id/);
  await expect(quiz.historyRows()).toHaveCount(2);
  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(quiz.history.getByRole('alert')).toHaveText('Nothing was imported. The file is not JSON.');

  const other = { ...exported.attempts[0], id: 'imported-1', seed: 'FROMFILE' };
  await fileInput.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...exported, attempts: [other] })) });
  await expect(quiz.history.getByRole('status')).toHaveText('Imported 1 finished quiz from progress.json.');
  await expect(quiz.history.getByRole('alert')).toHaveText('');
  await expect(quiz.historyRows()).toHaveCount(3);
  await page.reload();
  await expect(quiz.history.getByRole('row', { name: /FROMFILE/ })).toBeVisible();
});

test('corrupt saved history does not break the page', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  await expect(quiz.history).toContainText('No finished quizzes yet');
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kms-lab-progress', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('attempts', 'readwrite');
      tx.objectStore('attempts').put({ id: 'junk', mode: 'nonsense', percent: 900 });
      tx.oncomplete = () => resolve();
    });
    db.close();
  });
  await page.reload();
  await expect(quiz.history).toContainText('1 saved record was damaged and was skipped.');
  await expect(quiz.setup.getByRole('button', { name: 'Start practice' })).toBeEnabled();
});

test('a simulator task passes only after acting in the simulator, then Check', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  const count = poolFor({ questions: QUESTIONS, interactive: INTERACTIVE_QUESTIONS }, ['encryption-context']).length;
  const items = quizFor('TASK7', ['encryption-context'], count, true);
  const index = items.findIndex((item) => item.id === 'do-decrypt-with-matching-context');
  expect(index).toBeGreaterThanOrEqual(0);
  await quiz.start({ mode: 'Practice', topics: ['Encryption context'], count, seed: 'TASK7', simulatorTasks: true });
  await quiz.navigate(index + 1);

  const task = quiz.item.getByRole('region', { name: 'Simulator task' });
  await expect(task).toContainText('A payroll record was encrypted under alias/hr');
  await expect(task.getByRole('button', { name: 'Check' })).toBeDisabled();
  await task.getByRole('button', { name: 'Set up the task' }).click();
  const blob = task.getByLabel('Ciphertext "payroll" (base64)');
  await expect(blob).not.toHaveValue('');
  const ciphertext = await blob.inputValue();

  // Not solved by the setup alone: the checker says what is missing.
  await task.getByRole('button', { name: 'Check' }).click();
  await expect(task).toContainText('Not yet.');

  // A Decrypt without the context fails and does not count.
  await task.getByRole('link', { name: 'Engine' }).click();
  const engine = new EnginePage(page);
  await page.getByText('Engine running').waitFor();
  await engine.decrypt(ciphertext, '');
  await expect(engine.status(engine.decryptCard)).toContainText('InvalidCiphertextException');
  await page.goBack();
  await expect(quiz.heading(index + 1)).toBeVisible();
  await task.getByRole('button', { name: 'Check' }).click();
  await expect(task).toContainText('Not yet.');

  await page.goForward();
  await page.getByText('Engine running').waitFor();
  await engine.decrypt(ciphertext, 'dept=finance');
  await expect(engine.decryptCard.getByLabel('Decrypted plaintext')).toHaveValue('payroll 2026-03: 184,200');
  await page.getByRole('link', { name: 'Quiz', exact: true }).click();
  await expect(quiz.heading(index + 1)).toBeVisible();
  await task.getByRole('button', { name: 'Check' }).click();
  await expect(task).toContainText('Goal met.');
  await expect(task.getByRole('button', { name: 'Check' })).toBeDisabled();
  await expectAxeClean(page);
});

test('repeating a simulator task: setup says which alias is in the way, changes nothing, and deletes it only when asked', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  const count = poolFor({ questions: QUESTIONS, interactive: INTERACTIVE_QUESTIONS }, ['encryption-context']).length;
  const index = quizFor('TASK7', ['encryption-context'], count, true).findIndex((item) => item.id === 'do-decrypt-with-matching-context');
  const task = quiz.item.getByRole('region', { name: 'Simulator task' });
  const setUpTask = async () => {
    await quiz.start({ mode: 'Practice', topics: ['Encryption context'], count, seed: 'TASK7', simulatorTasks: true });
    await quiz.navigate(index + 1);
    await task.getByRole('button', { name: 'Set up the task' }).click();
  };
  await setUpTask();
  await expect(task.getByLabel('Ciphertext "payroll" (base64)')).not.toHaveValue('');

  // The same task again, in a new quiz: alias/hr exists now.
  await quiz.button('Abandon this quiz').click();
  await page.getByRole('dialog', { name: 'Abandon this quiz?' }).getByRole('button', { name: 'Abandon quiz' }).click();
  await setUpTask();
  const problem = task.getByRole('alert');
  await expect(problem).toContainText('This task creates alias/hr (us-east-1), and the simulator has that alias already');
  await expect(task.getByLabel('Ciphertext "payroll" (base64)')).toHaveCount(0);
  await expectAxeClean(page);

  await problem.getByRole('button', { name: 'Delete alias/hr and set up' }).click();
  await expect(task.getByLabel('Ciphertext "payroll" (base64)')).not.toHaveValue('');
  await expect(task.getByRole('alert')).toHaveCount(0);
});

test('keyboard only: start a practice quiz, answer and check it without a pointer', async ({ page }) => {
  const quiz = new QuizPage(page);
  await quiz.open();
  const [item] = quizFor('KEYS01', ['regional-scope'], 1, false);
  const question = choiceOf(item);
  await quiz.configure({ mode: 'Practice', topics: ['Keys are regional'], count: 1, seed: 'KEYS01', simulatorTasks: false });
  await quiz.setup.getByLabel('Seed').focus();
  // From the seed field: "New seed", then "Start practice".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(quiz.setup.getByRole('button', { name: 'Start practice' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.heading(1)).toBeVisible();

  // Tab into the options; arrows (radio) or Space (checkbox) choose; Tab reaches Check answer.
  await quiz.option(plain(question.options[0]?.text ?? '')).focus();
  if (question.type === 'single') {
    // Space picks the focused radio; each ArrowDown moves to the next one and picks it.
    await page.keyboard.press('Space');
    const target = question.options.findIndex((option) => option.correct);
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  } else {
    for (const option of question.options) {
      if (option.correct) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  }
  for (const text of rightOptions(question)) await expect(quiz.option(text)).toBeChecked();
  // Check answer is the next Tab stop after the options.
  if (question.type === 'single') await page.keyboard.press('Tab');
  await expect(quiz.button('Check answer')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.item.getByText('Right.')).toBeVisible();

  // Abandoning asks first, starting on the safe answer: Escape keeps the quiz, and confirming (one
  // Tab away) returns to the setup.
  await quiz.button('Abandon this quiz').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Abandon this quiz?' });
  await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(quiz.heading(1)).toBeVisible();
  await quiz.button('Abandon this quiz').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Abandon quiz' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Start a quiz' })).toBeFocused();
  await expect(quiz.history).toContainText('No finished quizzes yet');
});
