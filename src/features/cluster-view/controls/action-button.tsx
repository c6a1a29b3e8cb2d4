import type { ReactNode } from 'react';

/**
 * A button that may be unavailable without leaving the Tab order: aria-disabled rather than disabled,
 * so the button a learner just pressed keeps focus when pressing it made it pointless ("Take down" on
 * an AZ that is now down), and a screen reader still finds it and hears that it is unavailable.
 */
export function ActionButton({ unavailable = false, onPress, children, tone }: { unavailable?: boolean; onPress: () => void; children: ReactNode; tone?: 'danger' }) {
  return (
    <button
      type="button"
      className={`button button--secondary button--small${tone === 'danger' ? ' button--danger' : ''}`}
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onPress();
      }}
    >
      {children}
    </button>
  );
}
