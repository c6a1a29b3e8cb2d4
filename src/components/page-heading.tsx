import type { ReactNode } from 'react';

/**
 * A page's one h1. tabIndex -1 lets the router move focus here on navigation without adding a Tab
 * stop; the CSS hides the ring for that programmatic focus, since a heading is not a control.
 */
export function PageHeading({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <h1 id={id} className={className} tabIndex={-1}>
      {children}
    </h1>
  );
}
