// The app's sections, as data. Plain TypeScript with no React so that the e2e smoke test imports the
// same list and visits every route: a section added here is tested without touching the tests.
// To add a section: add an entry here, then its page in route-pages.ts (the type makes that required).

export interface RouteInfo {
  /** The path after '#', e.g. '/engine' for '#/engine'. */
  readonly path: string;
  /** The document title while the route is shown. */
  readonly title: string;
  /** The link text in the primary navigation. */
  readonly navLabel: string;
  /** The page's h1, so tests can check that the right page rendered. */
  readonly heading: string;
  /**
   * The route also owns every path below it ('/keys/1234abcd-…' is the Keys section's key page); the
   * page reads the rest with useRoutePath(). The heading above is the one at the route's own path.
   */
  readonly nested?: boolean;
}

export const ROUTES = [
  { path: '/', title: 'KMS Lab — AWS KMS training simulator', navLabel: 'Home', heading: 'Learn AWS KMS by using it' },
  { path: '/keys', title: 'Keys — KMS Lab', navLabel: 'Keys', heading: 'Customer managed keys', nested: true },
  { path: '/terminal', title: 'Terminal — KMS Lab', navLabel: 'Terminal', heading: 'AWS CLI terminal' },
  { path: '/trail', title: 'CloudTrail — KMS Lab', navLabel: 'CloudTrail', heading: 'Event history' },
  { path: '/flows', title: 'Flows — KMS Lab', navLabel: 'Flows', heading: 'Watch KMS work' },
  { path: '/files', title: 'Files — KMS Lab', navLabel: 'Files', heading: 'Encrypt a file with a data key' },
  { path: '/cluster', title: 'Cluster — KMS Lab', navLabel: 'Cluster', heading: 'Regions and Availability Zones' },
  { path: '/engine', title: 'Engine — KMS Lab', navLabel: 'Engine', heading: 'Engine' },
  { path: '/learn', title: 'Learn — KMS Lab', navLabel: 'Learn', heading: 'Lessons', nested: true },
  { path: '/quiz', title: 'Quiz — KMS Lab', navLabel: 'Quiz', heading: 'Practice questions' },
  { path: '/embed', title: 'Embed — KMS Lab', navLabel: 'Embed', heading: 'Embed KMS Lab in your course' },
  { path: '/simulator', title: 'Simulator — KMS Lab', navLabel: 'Simulator', heading: 'Simulator state' },
] as const satisfies readonly RouteInfo[];

export type RoutePath = (typeof ROUTES)[number]['path'];

export const NOT_FOUND: Omit<RouteInfo, 'path' | 'navLabel'> = {
  title: 'Page not found — KMS Lab',
  heading: 'Page not found',
};

export function findRoute(path: string): (typeof ROUTES)[number] | undefined {
  return ROUTES.find((route: RouteInfo) => route.path === path || (route.nested === true && path.startsWith(`${route.path}/`)));
}

/** What follows a nested route's own path: '/keys/abc' under '/keys' is 'abc'; '' at the route itself. */
export function subPath(route: RoutePath, path: string): string {
  return path.startsWith(`${route}/`) ? path.slice(route.length + 1) : '';
}

export function hrefFor(path: RoutePath): string {
  return `#${path}`;
}

/**
 * The route path a location hash names: '' and '#/' are home, '#/engine/' is '/engine'. A hash that
 * does not start with '#/' names no route (it is not found), never an in-page anchor.
 */
export function pathFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw === '/') return '/';
  const path = raw.split('?')[0] ?? raw;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
