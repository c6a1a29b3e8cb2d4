import { useState } from 'react';

/** Copies text to the clipboard and says in its own label whether that worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<{ text: string; result: 'copied' | 'failed' } | null>(null);
  // The label resets by itself when the text to copy changes: no timers.
  const shown = state?.text === text ? state.result : null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState({ text, result: 'copied' });
    } catch {
      // Clipboard access can be refused (permissions, insecure context): say so, the text stays selectable.
      setState({ text, result: 'failed' });
    }
  }

  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
      {shown === 'copied' ? 'Copied' : shown === 'failed' ? 'Copy blocked: select the text instead' : label}
    </button>
  );
}
