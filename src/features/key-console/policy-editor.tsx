import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

// The key policy editor: CodeMirror 6 with JSON highlighting and the JSON parser's error marked where
// it is. Loaded with `lazy` only when the Key policy tab opens, so CodeMirror stays out of the app's
// first download.
//
// The CSP (style-src 'self') forbids <style> elements, and CodeMirror's style-mod writes one when the
// editor sits in the document; inside a shadow root it uses a constructed stylesheet
// (adoptedStyleSheets) instead, which the CSP allows. So the editor lives in a shadow root. Page
// stylesheets do not reach in there, but CSS custom properties inherit through it: the theme below is
// written in the app's tokens, so light and dark both apply.

const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--cm-property)' },
  { tag: tags.string, color: 'var(--cm-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cm-literal)' },
  { tag: [tags.brace, tags.squareBracket, tags.separator], color: 'var(--cm-punctuation)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--color-text)', backgroundColor: 'var(--color-input-bg)', fontSize: '0.875rem', maxHeight: '28rem' },
  '&.cm-focused': { outline: '2px solid var(--color-focus)', outlineOffset: '-2px' },
  '.cm-scroller': { overflow: 'auto' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--color-text)' },
  '.cm-gutters': { backgroundColor: 'var(--color-code-bg)', color: 'var(--color-text-muted)', borderRight: '1px solid var(--color-border)' },
  '.cm-activeLine': { backgroundColor: 'var(--cm-active-line)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--cm-selection)' },
  '.cm-tooltip': { backgroundColor: 'var(--color-surface)', color: 'var(--color-text)', border: '1px solid var(--color-border-strong)' },
});

/**
 * Typing over a selection: CodeMirror lets the browser edit its contenteditable DOM and then reads the
 * change back, and Chromium, to keep the look of the text it replaced, wraps the new text in a
 * <span style="color: …">, an inline style the CSP blocks (and reports). Replacing the selection
 * through CodeMirror instead leaves the DOM to CodeMirror. Composition (IME) input is left alone.
 */
const replaceSelectionWithoutDomEditing = EditorView.domEventHandlers({
  beforeinput(event, view) {
    const typed = event.inputType === 'insertText' || event.inputType === 'insertReplacementText';
    if (!typed || event.isComposing || view.state.selection.main.empty) return false;
    const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    event.preventDefault();
    view.dispatch(view.state.replaceSelection(text), { scrollIntoView: true, userEvent: 'input.type' });
    return true;
  },
});

export interface PolicyEditorProps {
  /** The text when the editor opens; later changes to it replace the document (a reload from KMS). */
  value: string;
  onChange: (text: string) => void;
  /** The editor's accessible name. A name, not an id: ids in the page do not reach into the shadow root. */
  label: string;
}

export default function PolicyEditor({ value, onChange, label }: PolicyEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = host.current!;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      root: shadow,
      parent: shadow,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          highlightActiveLine(),
          indentOnInput(),
          bracketMatching(),
          json(),
          syntaxHighlighting(highlight),
          linter(jsonParseLinter(), { delay: 300 }),
          lintGutter(),
          // No Tab-to-indent: Tab leaves the editor, so keyboard users are never trapped in it.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          replaceSelectionWithoutDomEditing,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latestOnChange.current(update.state.doc.toString());
          }),
          theme,
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; `value` changes are applied below without rebuilding it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div className="policy-editor" ref={host} />;
}
