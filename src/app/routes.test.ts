import { describe, expect, it } from 'vitest';
import { findRoute, pathFromHash, ROUTES } from './routes';

describe('pathFromHash', () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/engine', '/engine'],
    ['#/engine/', '/engine'],
    ['#/engine?tab=keys', '/engine'],
    ['#main', 'main'],
  ])('reads %j as %j', (hash, path) => {
    expect(pathFromHash(hash)).toBe(path);
  });
});

describe('ROUTES', () => {
  it('has unique paths, each starting with a slash', () => {
    const paths = ROUTES.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path.startsWith('/')).toBe(true);
  });

  it('finds no route for an unknown path', () => {
    expect(findRoute('/nope')).toBeUndefined();
    expect(findRoute('main')).toBeUndefined();
  });
});
