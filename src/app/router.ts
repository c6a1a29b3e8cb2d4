import { useSyncExternalStore } from 'react';
import { pathFromHash } from './routes';

// Hash routing keeps the build servable from any static host and any sub-path (vite base './'):
// the server only ever sees index.html. Links are plain <a href="#/…">, so the browser does the
// navigating and this hook only listens.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function readHash(): string {
  return window.location.hash;
}

function serverHash(): string {
  return '';
}

/** The current route path ('/', '/engine', or whatever unknown path the hash names). */
export function useRoutePath(): string {
  return pathFromHash(useSyncExternalStore(subscribe, readHash, serverHash));
}
