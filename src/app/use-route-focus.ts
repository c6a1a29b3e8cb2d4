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
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [path, main]);
}
