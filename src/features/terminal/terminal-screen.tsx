import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { paste } from './paste';
import { columnsFor, type ScreenEntry } from './scrollback';
import { PROMPT } from './use-terminal';

interface ScreenProps {
  screen: readonly ScreenEntry[];
  ready: boolean;
  running: boolean;
  said: string;
  run: (...lines: string[]) => Promise<void>;
  /** Completes the word at the cursor; the answer comes from observer calls to the engine. */
  tab: (line: string, cursor: number) => Promise<{ line: string; cursor: number }>;
  cancel: (line: string) => void;
  clear: () => void;
  previous: (draft: string) => string | undefined;
  next: () => string | undefined;
  setColumns: (columns: number) => void;
}

/**
 * The terminal itself: the scrollback (a scrollable region, not a live one: only the last command's
 * output is announced, through the status region), one labelled line of input, and the keys a shell
 * user expects. Tab completes while the line has text; Escape gives the next Tab back to the browser,
 * and an empty line never keeps Tab, so the keyboard is never trapped here.
 */
export function TerminalScreen({ screen, ready, running, said, run, tab, cancel, clear, previous, next, setColumns }: ScreenProps) {
  const id = useId();
  const [line, setLine] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLSpanElement>(null);
  const cursorAfterRender = useRef<number | null>(null);
  const tabReleased = useRef(false);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [screen]);

  useLayoutEffect(() => {
    const at = cursorAfterRender.current;
    if (at === null || !input.current) return;
    cursorAfterRender.current = null;
    input.current.setSelectionRange(at, at);
  }, [line]);

  useEffect(() => {
    const element = content.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const charWidth = (measure.current?.getBoundingClientRect().width ?? 0) / 10;
      setColumns(columnsFor(entry?.contentRect.width ?? 0, charWidth));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [setColumns]);

  const put = (text: string, cursor = text.length) => {
    cursorAfterRender.current = cursor;
    setLine(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const target = event.currentTarget;
    const released = tabReleased.current;
    tabReleased.current = false;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (running || !ready) return;
      setLine('');
      void run(line);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      const before = previous(line);
      if (before !== undefined) put(before);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      const after = next();
      if (after !== undefined) put(after);
    } else if (event.key === 'Tab' && !event.shiftKey && !released && line.trim() !== '') {
      event.preventDefault();
      const asked = line;
      void tab(asked, target.selectionStart ?? asked.length).then((result) => {
        // The learner may have typed on while the engine answered: then the answer is for an old line.
        if (result.line !== asked && input.current?.value === asked) put(result.line, result.cursor);
      });
    } else if (event.key === 'Escape') {
      tabReleased.current = true;
    } else if (event.ctrlKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'l') {
      event.preventDefault();
      clear();
    } else if (event.ctrlKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'c' && target.selectionStart === target.selectionEnd) {
      // With text selected, Ctrl+C copies as everywhere else in the browser; without, it is the shell's.
      event.preventDefault();
      cancel(line);
      setLine('');
    }
  };

  return (
    <div className="terminal" aria-busy={running}>
      <div
        ref={scroller}
        className="terminal__screen"
        role="region"
        aria-label="Terminal output"
        tabIndex={0}
        onMouseUp={() => {
          if (window.getSelection()?.toString() === '') input.current?.focus();
        }}
      >
        <div ref={content} className="terminal__content">
          <span ref={measure} className="terminal__measure" aria-hidden="true">
            0000000000
          </span>
          {screen.map((entry) => (
            <div key={entry.id} className="terminal__entry">
              <pre className="terminal__line">
                <span className="terminal__prompt">{entry.prompt}</span> {entry.command}
              </pre>
              {entry.output !== '' && <pre className={`terminal__output${entry.failed ? ' terminal__output--failed' : ''}`}>{entry.output}</pre>}
            </div>
          ))}
          {running && <p className="terminal__running">Running…</p>}
        </div>
      </div>
      <div className="terminal__input-row">
        <label htmlFor={id} className="terminal__prompt">
          <span aria-hidden="true">{PROMPT}</span>
          <span className="visually-hidden">Command</span>
        </label>
        <input
          ref={input}
          id={id}
          className="terminal__input"
          type="text"
          value={line}
          readOnly={!ready}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={`${id}-keys`}
          onChange={(event) => setLine(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text/plain');
            if (!/[\r\n]/.test(text) || running || !ready) return;
            event.preventDefault();
            const target = event.currentTarget;
            const pasted = paste(line, target.selectionStart ?? line.length, target.selectionEnd ?? line.length, text);
            put(pasted.rest, pasted.cursor);
            void run(...pasted.run);
          }}
        />
      </div>
      <p id={`${id}-keys`} className="terminal__keys">
        Enter runs the line. Up and Down walk the history. Tab completes commands, options, key IDs, aliases and file names (Escape, then Tab,
        moves on). Ctrl+L clears the screen; Ctrl+C cancels the line. Pasted lines run one by one, with backslash
        continuations joined.
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {said}
      </div>
    </div>
  );
}
