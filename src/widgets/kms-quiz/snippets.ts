// The copy-and-paste snippets the Embed page offers: the custom element (one script, one tag) and the
// iframe with its resize listener. Plain strings from plain inputs, so a test can read them.

import { HOST_MESSAGE_SOURCE, MESSAGE_SOURCE, MESSAGE_VERSION } from './messages';

export interface SnippetOptions {
  /** Where KMS Lab is served, ending in '/': the directory of its index.html. */
  appBase: string;
  topic: string | null;
  count: number;
  seed: string | null;
  /** The host page's origin, where statements go. */
  targetOrigin: string;
  title: string;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function widgetScriptUrl(appBase: string): string {
  return new URL('embed/kms-quiz.js', appBase).href;
}

export function frameUrl(options: SnippetOptions, instance = 'kms-quiz-frame'): string {
  const query = new URLSearchParams();
  if (options.topic !== null) query.set('topic', options.topic);
  query.set('count', String(options.count));
  if (options.seed !== null) query.set('seed', options.seed);
  query.set('target-origin', options.targetOrigin);
  query.set('instance', instance);
  return `${new URL(options.appBase).href}#/embed/quiz?${query.toString()}`;
}

export function elementSnippet(options: SnippetOptions): string {
  const attributes = [
    options.topic !== null ? `topic="${escapeAttribute(options.topic)}"` : null,
    `count="${options.count}"`,
    options.seed !== null ? `seed="${escapeAttribute(options.seed)}"` : null,
    `target-origin="${escapeAttribute(options.targetOrigin)}"`,
  ].filter((part) => part !== null);
  return [
    `<script type="module" src="${escapeAttribute(widgetScriptUrl(options.appBase))}"></script>`,
    `<kms-quiz ${attributes.join(' ')}></kms-quiz>`,
    '<script>',
    `  // Same page: every statement is also a DOM event on the element.`,
    `  document.querySelector('kms-quiz').addEventListener('kms-quiz:statement', (event) => {`,
    `    console.log(event.detail.statement.verb.display['en-US'], event.detail.statement);`,
    '  });',
    '</script>',
  ].join('\n');
}

export function iframeSnippet(options: SnippetOptions): string {
  const appOrigin = new URL(options.appBase).origin;
  return [
    `<iframe id="kms-quiz-frame" src="${escapeAttribute(frameUrl(options))}"`,
    `  title="${escapeAttribute(options.title)}" width="100%" height="480"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    '<script>',
    `  const frame = document.getElementById('kms-quiz-frame');`,
    `  frame.style.border = '0';`,
    `  window.addEventListener('message', (event) => {`,
    `    // Only KMS Lab's origin, and only this frame.`,
    `    if (event.origin !== '${appOrigin}' || event.source !== frame.contentWindow) return;`,
    `    const message = event.data;`,
    `    if (!message || message.source !== '${MESSAGE_SOURCE}') return;`,
    `    if (message.type === 'resize' && Number.isFinite(message.height)) frame.style.height = message.height + 'px';`,
    `    if (message.type === 'statement') console.log(message.statement.verb.display['en-US'], message.statement);`,
    '  });',
    `  frame.addEventListener('load', () => frame.contentWindow.postMessage({ source: '${HOST_MESSAGE_SOURCE}', version: ${MESSAGE_VERSION}, type: 'hello' }, '${appOrigin}'));`,
    '</script>',
  ].join('\n');
}
