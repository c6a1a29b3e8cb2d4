import type { MouseEvent, RefObject } from 'react';

/**
 * The first Tab stop on every page. It handles the jump itself: letting the browser follow
 * href="#main" would change the hash, and the hash is the route.
 */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    target.current?.focus();
  }
  return (
    <a className="skip-link" href="#main" onClick={onClick}>
      Skip to main content
    </a>
  );
}
