import { describe, expect, it } from 'vitest';
import { createShellStore, THEME_STORAGE_KEY, type PreferenceStorage } from './shell-store';

function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const throwingStorage: PreferenceStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('shell store', () => {
  it('starts in us-east-1 following the system theme', () => {
    const state = createShellStore().getState();
    expect(state.region).toBe('us-east-1');
    expect(state.theme).toBe('system');
  });

  it('keeps each instance separate', () => {
    const a = createShellStore();
    const b = createShellStore();
    a.getState().setRegion('eu-west-1');
    expect(b.getState().region).toBe('us-east-1');
  });

  it('persists the theme and reads it back in a new instance', () => {
    const storage = memoryStorage();
    createShellStore({ storage }).getState().setTheme('dark');
    expect(storage.data[THEME_STORAGE_KEY]).toBe('dark');
    expect(createShellStore({ storage }).getState().theme).toBe('dark');
  });

  it('ignores a stored value that is not a theme', () => {
    const storage = memoryStorage({ [THEME_STORAGE_KEY]: 'purple' });
    expect(createShellStore({ storage }).getState().theme).toBe('system');
  });

  it('survives storage that throws', () => {
    const store = createShellStore({ storage: throwingStorage });
    expect(store.getState().theme).toBe('system');
    store.getState().setTheme('light');
    expect(store.getState().theme).toBe('light');
  });
});
