// <kms-quiz topic="envelope-encryption" count="5" seed="…" target-origin="https://course.example">:
// a custom element with an open shadow root, its own styles adopted into that root, its own zustand
// store and its own React root. It reports what the learner does as xAPI-shaped statements, both as
// DOM events on the element (for scripts on the same page) and by postMessage to the exact
// target-origin (see channel.ts). Removing the element unmounts everything it created.

import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { openChannel, type Channel } from './channel';
import { instanceFromId, outbound, parseTargetOrigin, type InboundMessage } from './messages';
import { QuizWidget } from './quiz-widget';
import { randomUuid, type XapiStatement } from './statements';
import { configFromAttributes, createQuizWidgetStore, type QuizWidgetStore } from './store';
import { widgetStyleSheets, widgetStyleText } from './styles';

export const STATEMENT_EVENT = 'kms-quiz:statement';
export const READY_EVENT = 'kms-quiz:ready';

/** Detail of the `kms-quiz:statement` DOM event. */
export interface StatementEventDetail {
  instance: string;
  statement: XapiStatement;
}

let generated = 0;

export class KmsQuizElement extends HTMLElement {
  static readonly observedAttributes = ['topic', 'count', 'seed', 'target-origin', 'id'];

  #root: Root | null = null;
  #store: QuizWidgetStore | null = null;
  #channel: Channel | null = null;
  #instance = '';
  #generatedName = '';

  /** This widget's name in messages and events: its id when it has a usable one. */
  get instance(): string {
    return this.#instance;
  }

  connectedCallback(): void {
    // Moved within the page (disconnected and connected in one task): keep the running quiz.
    if (this.#root !== null) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!shadow.querySelector('[data-kms-quiz-root]')) {
      const sheets = widgetStyleSheets();
      if (sheets !== null) shadow.adoptedStyleSheets = sheets;
      else {
        // Browsers without constructable stylesheets (Safari before 16.4): a <style> in the root.
        const style = document.createElement('style');
        style.textContent = widgetStyleText;
        shadow.append(style);
      }
      const mount = document.createElement('div');
      mount.setAttribute('data-kms-quiz-root', '');
      mount.setAttribute('part', 'root');
      shadow.append(mount);
    }
    this.#start();
  }

  disconnectedCallback(): void {
    // Removed for good, not just moved: unmount React, drop the store and stop listening.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue || this.#root === null) return;
    // Any change of what is asked, or of whom to tell, begins a new attempt.
    this.#stop();
    this.#start();
  }

  #start(): void {
    const mount = this.shadowRoot?.querySelector('[data-kms-quiz-root]');
    if (!mount) return;
    this.#generatedName ||= `kms-quiz-${++generated}`;
    this.#instance = instanceFromId(this.id) ?? this.#generatedName;
    const config = configFromAttributes(this.getAttribute('topic'), this.getAttribute('count'), this.getAttribute('seed'));
    const targetOrigin = parseTargetOrigin(this.getAttribute('target-origin'));
    this.#channel = openChannel({
      win: window,
      targetOrigin,
      instance: this.#instance,
      onCommand: (message) => this.#command(message),
      warn: (text) => console.warn(text),
    });
    this.#store = createQuizWidgetStore(config, { now: () => Date.now(), ids: () => randomUuid(), emit: (statement) => this.#report(statement) });
    this.#root = createRoot(mount);
    this.#root.render(
      <StrictMode>
        <QuizWidget store={this.#store} />
      </StrictMode>,
    );
    this.#announceReady();
  }

  #stop(): void {
    this.#root?.unmount();
    this.#root = null;
    this.#channel?.dispose();
    this.#channel = null;
    this.#store = null;
  }

  #announceReady(): void {
    const store = this.#store;
    if (store === null) return;
    const { config, session } = store.getState();
    const topic = config.topic ?? 'all';
    this.dispatchEvent(new CustomEvent(READY_EVENT, { detail: { instance: this.#instance, topic, count: session.items.length }, bubbles: true, composed: true }));
    this.#channel?.post(outbound(this.#instance, { type: 'ready', topic, count: session.items.length }));
  }

  #report(statement: XapiStatement): void {
    const detail: StatementEventDetail = { instance: this.#instance, statement };
    this.dispatchEvent(new CustomEvent(STATEMENT_EVENT, { detail, bubbles: true, composed: true }));
    this.#channel?.post(outbound(this.#instance, { type: 'statement', statement }));
  }

  #command(message: InboundMessage): void {
    if (message.type === 'restart') this.#store?.getState().restart();
    else this.#announceReady();
  }

  /** Starts the quiz over (a new attempt); the same as the host's `restart` message. */
  restart(): void {
    this.#store?.getState().restart();
  }
}

export function defineKmsQuiz(name = 'kms-quiz'): void {
  if (!customElements.get(name)) customElements.define(name, class extends KmsQuizElement {});
}
