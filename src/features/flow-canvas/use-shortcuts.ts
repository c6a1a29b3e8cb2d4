import { useEffect, useRef } from 'react';

// The flow page's keyboard shortcuts, shown in its UI: Space play/pause, ←/→ and PageUp/PageDown
// step (presentation clickers send PageUp/PageDown), Home/End, P presenter mode, R reset (presenter
// mode only), Escape leaves presenter mode. They never take a key from a text field, a select or a
// radio group, nor the arrows from a focused scrolling region, and Space still presses a focused button.

export interface ShortcutHandlers {
  toggle: () => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  presenter: () => void;
  reset?: (() => void) | undefined;
  exit?: (() => void) | undefined;
}

const TYPING = 'input, textarea, select, [contenteditable="true"]';
/** A focused region that scrolls with the arrow keys (the step table on a phone) keeps them. */
const SCROLLS = '[data-own-keys]';
const NAVIGATION = new Set([' ', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);
const PRESSABLE = 'button, a[href], summary, [role="button"]';

export function useShortcuts(handlers: ShortcutHandlers): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      if (target?.matches(SCROLLS) && NAVIGATION.has(event.key)) return;
      const h = latest.current;
      const actions: Record<string, (() => void) | undefined> = {
        ' ': target?.closest(PRESSABLE) ? undefined : h.toggle,
        ArrowRight: h.next,
        PageDown: h.next,
        ArrowLeft: h.previous,
        PageUp: h.previous,
        Home: h.first,
        End: h.last,
        p: h.presenter,
        P: h.presenter,
        r: h.reset,
        R: h.reset,
        Escape: h.exit,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
