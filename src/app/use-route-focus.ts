import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a route change, moves focus to the new page's h1 so keyboard and screen-reader users start
 * reading the new page instead of staying on a link that no longer matters. Not on first load: there
 * focus stays at the top of the document, where the skip link is the first stop.
 */
export function useRouteFocus(path: string, main: RefObject<HTMLElement | null>): void {
  const shownPath = useRef(path);
  useEffect(() => {
    if (shownPath.current === path) return;
    shownPath.current = path;
    const container = main.current;
    if (!container) return;
    const heading = container.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus();
      return;
    }
    // A page loaded lazily draws its h1 a moment later: hold focus on main until then, and move it to
    // the h1 when it arrives, unless the user has moved on in the meantime.
    container.focus();
    const observer = new MutationObserver(() => {
      const arrived = container.querySelector<HTMLElement>('h1');
      if (!arrived) return;
      observer.disconnect();
      if (document.activeElement === container) arrived.focus();
    });
    observer.observe(container, { childList: true, subtree: true });
    const giveUp = setTimeout(() => observer.disconnect(), 5_000);
    return () => {
      observer.disconnect();
      clearTimeout(giveUp);
    };
  }, [path, main]);
}
