import { useLayoutEffect } from 'react';
import { useShell } from './providers';

/**
 * Mirrors the theme preference onto <html data-theme>. 'system' removes the attribute so the CSS
 * falls back to prefers-color-scheme, which also tracks the OS switching while the tab is open.
 * A layout effect so the first paint already has the stored theme.
 */
export function useDocumentTheme(): void {
  const theme = useShell((state) => state.theme);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
