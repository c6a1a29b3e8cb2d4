import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_REGION, type RegionId } from './regions';

export const THEME_PREFERENCES = ['light', 'dark', 'system'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface ShellState {
  region: RegionId;
  /** 'system' follows the operating system's light or dark setting (prefers-color-scheme). */
  theme: ThemePreference;
  /**
   * The simulated IAM identity every request from the UI acts as (an ARN from kms.identities), or
   * null for the engine's default, the account's Admin user. Pass it as SendContext.principal.
   */
  principal: string | null;
  setRegion: (region: RegionId) => void;
  setPrincipal: (principal: string | null) => void;
  setTheme: (theme: ThemePreference) => void;
}

export type ShellStore = StoreApi<ShellState>;

/**
 * Where the theme survives a reload. Injected rather than read from `window.localStorage` here so the
 * store runs in Node tests, and because reading localStorage throws in sandboxed iframes and some
 * privacy modes: the caller decides what "no storage" means.
 */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const THEME_STORAGE_KEY = 'kms-lab:theme';

export interface ShellStoreOptions {
  region?: RegionId;
  storage?: PreferenceStorage | null;
}

export function createShellStore(options: ShellStoreOptions = {}): ShellStore {
  const storage = options.storage ?? null;
  return createStore<ShellState>()((set) => ({
    region: options.region ?? DEFAULT_REGION,
    theme: readTheme(storage),
    principal: null,
    setRegion: (region) => set({ region }),
    setPrincipal: (principal) => set({ principal }),
    setTheme: (theme) => {
      set({ theme });
      writeTheme(storage, theme);
    },
  }));
}

function isThemePreference(value: unknown): value is ThemePreference {
  return THEME_PREFERENCES.some((theme) => theme === value);
}

// A preference is a nicety: storage that is full, blocked or holding junk must never stop the app.
function readTheme(storage: PreferenceStorage | null): ThemePreference {
  try {
    const stored = storage?.getItem(THEME_STORAGE_KEY);
    return isThemePreference(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function writeTheme(storage: PreferenceStorage | null, theme: ThemePreference): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Quota or privacy mode: the choice still holds for this tab.
  }
}
