import type { Page } from '@playwright/test';
import { startHostSite, type HostSite } from './embed-host';
import { EmbedAppPage, framedWidget, HostPage, type HostMessage } from './embed-page';
import { expect, expectAxeClean, test } from './fixtures';

// The embeddable quiz, as a course author uses it: a page on another origin than KMS Lab loads
// dist/embed/kms-quiz.js from KMS Lab with a plain module script tag and puts two <kms-quiz> elements
// on the page; or it frames #/embed/quiz with the Embed page's iframe snippet.

let host: HostSite;
let intruder: HostSite;

test.beforeAll(async ({ baseURL }) => {
  host = await startHostSite(baseURL!);
  // A second server: the same files at another port, so another origin than the host.
  intruder = await startHostSite(baseURL!);
});

test.afterAll(async () => {
  await host.close();
  await intruder.close();
});

async function openHost(page: Page): Promise<HostPage> {
  await page.goto(host.url('index.html'));
  const site = new HostPage(page);
  // Both widgets announce themselves to the host once they are running.
  await expect.poll(async () => (await site.received()).filter((m) => m.type === 'ready').map((m) => m.instance).sort()).toEqual(['quiz-a', 'quiz-b']);
  return site;
}

const statementsOf = (messages: HostMessage[], instance: string) => messages.filter((m) => m.type === 'statement' && m.instance === instance).map((m) => m.statement!);

test('two widgets on a host page at another origin: answers in one reach the host as statements, and the other is untouched', async ({ page, baseURL }) => {
  expect(host.origin).not.toBe(new URL(baseURL!).origin);
  const site = await openHost(page);
  const a = site.widget('quiz-a');
  const b = site.widget('quiz-b');
  await expect(a.progress()).toHaveText('Question 1 of 3 · 0 checked');
  await expect(b.progress()).toHaveText('Question 1 of 3 · 0 checked');
  // The host themed quiz B through a custom property, and both titles through ::part(title).
  const background = (widget: typeof a) => widget.button('Check answer').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(a)).toBe('rgb(255, 153, 0)');
  expect(await background(b)).toBe('rgb(0, 95, 115)');
  expect(await a.root.getByText('Envelope encryption', { exact: true }).evaluate((el) => getComputedStyle(el).letterSpacing)).not.toBe('normal');

  for (let index = 0; index < 3; index += 1) await a.answerAndContinue();
  await expect(a.root.getByText(/^You scored \d of 3 \(\d+%\)\.$/)).toBeVisible();
  await expect(a.status).toHaveText(/^Quiz complete: \d of 3 correct\.$/);

  const received = await site.received();
  const fromA = statementsOf(received, 'quiz-a');
  expect(fromA.map((s) => s.verb.id)).toEqual([
    'http://adlnet.gov/expapi/verbs/answered',
    'http://adlnet.gov/expapi/verbs/answered',
    'http://adlnet.gov/expapi/verbs/answered',
    'http://adlnet.gov/expapi/verbs/completed',
    'http://adlnet.gov/expapi/verbs/scored',
  ]);
  const right = fromA.filter((s) => s.verb.display['en-US'] === 'answered' && s.result?.success === true).length;
  expect(fromA.at(-1)!.result!.score).toEqual({ raw: right, min: 0, max: 3, scaled: Math.round((right / 3) * 10000) / 10000 });
  await expect(a.root.getByText(`You scored ${right} of 3`, { exact: false })).toBeVisible();
  expect(new Set(fromA.map((s) => s.context.registration)).size).toBe(1);
  expect(fromA.every((s) => s.actor === undefined && s.object.id.startsWith('https://kms-lab.example/xapi/'))).toBe(true);
  expect(statementsOf(received, 'quiz-b')).toEqual([]);

  // The same statements arrived as DOM events for same-page scripts.
  expect((await site.domEvents()).map((e) => e.statement.id)).toEqual(fromA.map((s) => s.id));

  // Quiz B did not move.
  await expect(b.progress()).toHaveText('Question 1 of 3 · 0 checked');
  await expect(b.root.getByRole('button', { name: 'Check answer' })).toBeVisible();
  expect(await b.root.getByRole('radio', { checked: true }).count()).toBe(0);
  expect(await b.root.getByRole('checkbox', { checked: true }).count()).toBe(0);
});

test('a restart sent from another origin is ignored; the same message from the host restarts only the widget it names', async ({ page }) => {
  const site = await openHost(page);
  const a = site.widget('quiz-a');
  const b = site.widget('quiz-b');
  await a.answerAndContinue();
  await b.answerAndContinue();
  await expect(a.progress()).toHaveText('Question 2 of 3 · 1 checked');

  // A frame from another origin posts well-formed restart commands to this page.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.title = 'Another site';
    frame.src = src;
    document.body.append(frame);
  }, intruder.url('evil.html'));
  await expect.poll(async () => (await site.foreign()).map((m) => m.origin)).toEqual([intruder.origin, intruder.origin]);
  await expect(a.progress()).toHaveText('Question 2 of 3 · 1 checked');
  await expect(b.progress()).toHaveText('Question 2 of 3 · 1 checked');

  // The host itself (its origin, its window) may restart quiz A.
  await page.evaluate(() => window.postMessage({ source: 'kms-lab-host', version: 1, type: 'restart', instance: 'quiz-a' }, window.location.origin));
  await expect(a.progress()).toHaveText('Question 1 of 3 · 0 checked');
  await expect(a.status).toHaveText('The quiz started over.');
  await expect(b.progress()).toHaveText('Question 2 of 3 · 1 checked');

  // 'hello' asks every widget to say 'ready' again, for a host whose listener arrived late.
  const readies = async () => (await site.received()).filter((m) => m.type === 'ready').length;
  const before = await readies();
  await page.evaluate(() => window.postMessage({ source: 'kms-lab-host', version: 1, type: 'hello' }, window.location.origin));
  await expect.poll(readies).toBe(before + 2);
});

test('attribute changes start a new quiz, a moved widget keeps its place, and a removed one unmounts', async ({ page }) => {
  const site = await openHost(page);
  const a = site.widget('quiz-a');
  const b = site.widget('quiz-b');
  await b.answerAndContinue();
  await page.evaluate(() => document.getElementById('quiz-b')!.setAttribute('count', '2'));
  await expect(b.progress()).toHaveText('Question 1 of 2 · 0 checked');

  await a.answerAndContinue();
  await page.evaluate(() => document.querySelector('main')!.append(document.getElementById('quiz-a')!));
  await expect(a.progress()).toHaveText('Question 2 of 3 · 1 checked');

  await page.evaluate(() => {
    const quiz = document.getElementById('quiz-a')!;
    (window as unknown as { removedQuiz: Element }).removedQuiz = quiz;
    quiz.remove();
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { removedQuiz: Element }).removedQuiz.shadowRoot!.querySelector('[data-kms-quiz-root]')!.childElementCount)).toBe(0);
});

test('a widget without a valid target-origin posts nothing and says why in a warning, while its DOM events still fire', async ({ page }) => {
  const site = await openHost(page);
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.evaluate(() => {
    const quiz = document.createElement('kms-quiz');
    quiz.id = 'quiz-c';
    quiz.setAttribute('topic', 'data-keys');
    quiz.setAttribute('count', '1');
    quiz.setAttribute('target-origin', '*');
    document.querySelector('main')!.append(quiz);
  });
  const c = site.widget('quiz-c');
  await c.answerAndContinue();
  await expect(c.root.getByText(/^You scored \d of 1/)).toBeVisible();
  expect(warnings).toEqual([expect.stringContaining('"quiz-c" sends no score messages: its target-origin attribute is missing or is not an exact origin')]);
  expect((await site.received()).filter((m) => m.instance === 'quiz-c')).toEqual([]);
  expect((await site.domEvents()).filter((e) => e.instance === 'quiz-c').map((e) => e.statement.verb.display['en-US'])).toEqual(['answered', 'completed', 'scored']);
});

test('the widget works from the keyboard alone and is axe clean inside its shadow root', async ({ page }) => {
  const site = await openHost(page);
  const a = site.widget('quiz-a');
  await expectAxeClean(page);

  // Tab into quiz A: the first control is the first option (Previous is disabled on question 1).
  await page.keyboard.press('Tab');
  const first = a.root.getByRole('radio').or(a.root.getByRole('checkbox')).first();
  await expect(first).toBeFocused();
  const isRadio = (await a.root.getByRole('radio').count()) > 0;
  if (isRadio) {
    await page.keyboard.press('Space');
  } else {
    // "Select TWO/THREE": Space on a box, Tab to the next, Space again.
    const hint = (await a.root.getByText(/^Select (TWO|THREE)\./).textContent()) ?? '';
    const wanted = hint.startsWith('Select THREE') ? 3 : 2;
    for (let index = 0; index < wanted; index += 1) {
      await page.keyboard.press('Space');
      if (index < wanted - 1) await page.keyboard.press('Tab');
    }
  }
  // Tab past the remaining options to "Check answer" (radios are one Tab stop; checkboxes are each one).
  const check = a.button('Check answer');
  for (let guard = 0; guard < 8 && !(await check.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)); guard += 1) await page.keyboard.press('Tab');
  await expect(check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(a.progress()).toHaveText('Question 1 of 3 · 1 checked');
  await expect(a.status).toHaveText(/^(Correct\.|Not quite\. The explanations say why\.)$/);
  // The same button is now "Next question" and keeps the focus.
  await expect(a.button('Next question')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(a.progress()).toHaveText('Question 2 of 3 · 1 checked');
  await expectAxeClean(page);
});

test('the iframe variant posts its height at the host’s origin, and the Embed page’s snippet resizes the frame', async ({ page }) => {
  await page.goto(host.url('frame.html'));
  const frameElement = page.getByTitle('KMS Lab quiz: Envelope encryption');
  const quiz = framedWidget(page.frameLocator('iframe[title="KMS Lab quiz: Envelope encryption"]'));
  await expect(quiz.progress()).toHaveText('Question 1 of 2 · 0 checked');

  const heightOf = () => frameElement.evaluate((el) => el.clientHeight);
  const contentHeight = async () => quiz.root.evaluate((el) => Math.ceil(el.closest('main')!.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await heightOf()) - (await contentHeight()))).toBeLessThanOrEqual(1);
  const before = await heightOf();

  // Checking an answer reveals the explanations: the content grows and the frame follows.
  await quiz.chooseFirst();
  await quiz.button('Check answer').click();
  await expect.poll(heightOf).toBeGreaterThan(before + 50);
  await expect.poll(async () => Math.abs((await heightOf()) - (await contentHeight()))).toBeLessThanOrEqual(1);

  const received = await page.evaluate(() => (window as unknown as { kmsReceived: HostMessage[] }).kmsReceived);
  expect(received.some((m) => m.type === 'resize' && m.instance === 'kms-quiz-frame')).toBe(true);
  expect(received.filter((m) => m.type === 'statement').map((m) => m.statement!.verb.display['en-US'])).toEqual(['answered']);
});

test.describe('the Embed page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('pick a topic and a count, see the real widget, receive its messages, copy either snippet', async ({ page }) => {
    const embed = new EmbedAppPage(page);
    await embed.visit();
    await embed.settings.getByLabel('Topic').selectOption({ label: 'Data keys' });
    await embed.settings.getByLabel('Questions').fill('2');
    await expect(embed.widget.progress()).toHaveText('Question 1 of 2 · 0 checked');
    await expect(embed.widget.root.getByText('Data keys', { exact: true })).toBeVisible();

    await embed.widget.chooseFirst();
    await embed.widget.button('Check answer').click();
    await expect(embed.preview.getByRole('list', { name: /Messages this page received/ })).toContainText(/statement: answered \((right|wrong)\)/);

    await embed.settings.getByLabel('Your site’s origin').fill('https://course.example/lessons');
    await expect(embed.settings.getByText(/Not an origin/)).toBeVisible();
    await embed.settings.getByLabel('Your site’s origin').fill('https://lms.example.edu');

    const element = embed.snippet('Custom element');
    await expect(element).toContainText('<kms-quiz topic="data-keys" count="2" target-origin="https://lms.example.edu"></kms-quiz>');
    await expect(element).toContainText('/embed/kms-quiz.js');
    await expect(embed.snippet('iframe')).toContainText('#/embed/quiz?topic=data-keys&amp;count=2&amp;target-origin=https%3A%2F%2Flms.example.edu');

    await embed.snippets.getByRole('button', { name: 'Copy iframe snippet' }).click();
    await expect(embed.snippets.getByRole('status')).toHaveText('Copied the iframe snippet.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe id="kms-quiz-frame"');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is axe clean in the ${colorScheme} theme, preview included`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const embed = new EmbedAppPage(page);
      await embed.visit();
      await embed.widget.chooseFirst();
      await embed.widget.button('Check answer').click();
      await expectAxeClean(page);
    });
  }
});
