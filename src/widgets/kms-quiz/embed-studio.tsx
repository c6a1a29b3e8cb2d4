// The Embed page's working part: choose a topic and a count, see the real <kms-quiz> widget with those
// settings, watch the messages it posts (this page is its target origin, so it receives them exactly
// as a host page would), and copy either snippet. Loaded lazily by app/pages/embed.tsx, so the app's
// first load does not carry the question bank; never imported by the widget bundle.

import { createElement, useEffect, useId, useMemo, useState } from 'react';
import { QUESTIONS, TOPIC_LABELS, TOPICS, type Topic } from '../../content/questions';
import { poolFor, topicsIn } from '../../content/quiz';
import './index';
import { MESSAGE_SOURCE, parseTargetOrigin, type OutboundMessage } from './messages';
import { elementSnippet, iframeSnippet, type SnippetOptions } from './snippets';
import { DEFAULT_COUNT, MAX_COUNT, MIN_COUNT, topicLabel } from './store';

const PREVIEW_ID = 'embed-preview';
const LOG_LIMIT = 8;

function appBase(): string {
  const here = new URL(window.location.href);
  here.hash = '';
  here.search = '';
  return new URL('./', here).href;
}

export default function EmbedStudio() {
  const formId = useId();
  const bank = useMemo(() => ({ questions: QUESTIONS }), []);
  const topics = useMemo(() => topicsIn(bank, TOPICS), [bank]);
  const [topic, setTopic] = useState<Topic | null>(topics.includes('envelope-encryption') ? 'envelope-encryption' : null);
  const [countText, setCountText] = useState(String(DEFAULT_COUNT));
  const [originText, setOriginText] = useState('https://course.example');
  const [messages, setMessages] = useState<OutboundMessage[]>([]);
  const [copied, setCopied] = useState('');

  const available = poolFor(bank, topic === null ? [] : [topic]).filter((item) => item.kind === 'choice').length;
  const parsedCount = Number.parseInt(countText, 10);
  const countValid = Number.isInteger(parsedCount) && parsedCount >= MIN_COUNT && parsedCount <= MAX_COUNT;
  const count = countValid ? parsedCount : DEFAULT_COUNT;
  const origin = parseTargetOrigin(originText.trim());

  // This page is the preview's target origin: it listens exactly as the snippet tells a host to.
  useEffect(() => {
    const listener = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window) return;
      const data = event.data as Partial<OutboundMessage> | null;
      if (data?.source !== MESSAGE_SOURCE || data.instance !== PREVIEW_ID) return;
      setMessages((previous) => [data as OutboundMessage, ...previous].slice(0, LOG_LIMIT));
    };
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, []);

  const snippetOptions: SnippetOptions = { appBase: appBase(), topic, count, seed: null, targetOrigin: origin ?? 'https://course.example', title: `KMS Lab quiz: ${topicLabel(topic)}` };
  const snippets = [
    { id: 'element', title: 'Custom element', text: elementSnippet(snippetOptions), note: 'One script and one tag. Styles stay inside the widget’s shadow root; theme it with --kms-quiz-* custom properties and ::part().' },
    { id: 'iframe', title: 'iframe', text: iframeSnippet(snippetOptions), note: 'For hosts that prefer a frame: the frame posts its height and the few lines of script resize it.' },
  ];

  const copy = async (title: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied the ${title.toLowerCase()} snippet.`);
    } catch {
      setCopied('Copying was not allowed here: select the snippet and copy it yourself.');
    }
  };

  return (
    <div className="embed-studio">
      <section className="panel-card embed-studio__settings" aria-labelledby={`${formId}-settings`}>
        <h2 id={`${formId}-settings`} className="panel-card__title">
          Choose the quiz
        </h2>
        <form className="panel-form" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor={`${formId}-topic`}>Topic</label>
            <select id={`${formId}-topic`} value={topic ?? ''} onChange={(event) => setTopic(event.currentTarget.value === '' ? null : (event.currentTarget.value as Topic))}>
              <option value="">All topics</option>
              {topics.map((value) => (
                <option key={value} value={value}>
                  {TOPIC_LABELS[value]}
                </option>
              ))}
            </select>
            <p className="field__note">{available} multiple-choice questions on this topic. Interactive tasks need the simulator beside them, so the widget leaves them out.</p>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-count`}>Questions</label>
            <input
              id={`${formId}-count`}
              type="number"
              inputMode="numeric"
              min={MIN_COUNT}
              max={MAX_COUNT}
              value={countText}
              aria-invalid={!countValid}
              aria-describedby={`${formId}-count-note`}
              onChange={(event) => setCountText(event.currentTarget.value)}
            />
            <p id={`${formId}-count-note`} className={countValid ? 'field__note' : 'field__note field__note--warn'}>
              {countValid ? `Between ${MIN_COUNT} and ${MAX_COUNT}; a learner gets at most the ${available} there are.` : `Enter a whole number from ${MIN_COUNT} to ${MAX_COUNT}. The preview keeps ${DEFAULT_COUNT}.`}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${formId}-origin`}>Your site’s origin</label>
            <input id={`${formId}-origin`} type="url" value={originText} spellCheck={false} aria-invalid={origin === null} aria-describedby={`${formId}-origin-note`} onChange={(event) => setOriginText(event.currentTarget.value)} />
            <p id={`${formId}-origin-note`} className={origin === null ? 'field__note field__note--warn' : 'field__note'}>
              {origin === null
                ? 'Not an origin: write scheme, host and port only, such as https://course.example (no path, no trailing slash).'
                : 'Scores are posted to this origin only, never to "*". The widget sends nothing when the page is elsewhere.'}
            </p>
          </div>
        </form>
      </section>

      <section className="panel-card embed-studio__preview" aria-labelledby={`${formId}-preview`}>
        <h2 id={`${formId}-preview`} className="panel-card__title">
          Live preview
        </h2>
        <p className="panel-card__hint">The real widget, with this page as its target origin.</p>
        {createElement('kms-quiz', { id: PREVIEW_ID, className: 'embed-studio__widget', topic: topic ?? undefined, count: String(count), 'target-origin': window.location.origin })}
        <h3 className="embed-studio__subtitle">Messages this page received</h3>
        {messages.length === 0 ? (
          <p className="panel-card__empty">Nothing yet. Check an answer in the preview.</p>
        ) : (
          <ol className="embed-studio__log" aria-label="Messages this page received, newest first">
            {messages.map((message, index) => (
              <li key={messages.length - index}>
                <code>{message.type === 'statement' ? `statement: ${message.statement.verb.display['en-US']}${message.statement.result?.score ? ` ${message.statement.result.score.raw}/${message.statement.result.score.max}` : message.statement.result?.success !== undefined ? (message.statement.result.success ? ' (right)' : ' (wrong)') : ''}` : message.type}</code>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel-card embed-studio__snippets" aria-labelledby={`${formId}-snippets`}>
        <h2 id={`${formId}-snippets`} className="panel-card__title">
          Copy the snippet
        </h2>
        {snippets.map((snippet) => (
          <div key={snippet.id} className="embed-studio__snippet">
            <div className="embed-studio__snippet-head">
              <h3 className="embed-studio__subtitle" id={`${formId}-${snippet.id}`}>
                {snippet.title}
              </h3>
              <button type="button" className="button button--secondary button--small" onClick={() => void copy(snippet.title, snippet.text)}>
                Copy {snippet.title.toLowerCase()} snippet
              </button>
            </div>
            <p className="panel-card__hint">{snippet.note}</p>
            <pre className="embed-studio__code" tabIndex={0} aria-labelledby={`${formId}-${snippet.id}`}>
              <code>{snippet.text}</code>
            </pre>
          </div>
        ))}
        <p className="embed-studio__status" role="status">
          {copied}
        </p>
      </section>
    </div>
  );
}
