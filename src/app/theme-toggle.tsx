import type { ComponentType } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from '../components/icons';
import type { ThemePreference } from '../stores/shell-store';
import { useShell } from './providers';

const OPTIONS: readonly { theme: ThemePreference; label: string; Icon: ComponentType<{ className?: string }> }[] = [
  { theme: 'light', label: 'Light', Icon: SunIcon },
  { theme: 'dark', label: 'Dark', Icon: MoonIcon },
  { theme: 'system', label: 'System', Icon: MonitorIcon },
];

/** Three toggle buttons in a labelled group; the pressed one is the current preference. */
export function ThemeToggle() {
  const theme = useShell((state) => state.theme);
  const setTheme = useShell((state) => state.setTheme);
  return (
    <div className="theme-toggle" role="group" aria-label="Theme">
      {OPTIONS.map(({ theme: option, label, Icon }) => (
        <button
          key={option}
          type="button"
          className="theme-toggle__button"
          aria-pressed={theme === option}
          onClick={() => setTheme(option)}
        >
          <Icon className="theme-toggle__icon" />
          <span className="theme-toggle__label">{label}</span>
        </button>
      ))}
    </div>
  );
}
