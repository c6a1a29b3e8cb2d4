import { describe, expect, it } from 'vitest';
import { findRoute, pathFromHash, ROUTES, subPath } from './routes';

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

  it('lets a nested route own the paths below it, and only those', () => {
    expect(findRoute('/keys/1234abcd-12ab-34cd-56ef-1234567890ab')?.path).toBe('/keys');
    expect(findRoute('/keysmith')).toBeUndefined();
    expect(findRoute('/engine/more')).toBeUndefined();
    expect(subPath('/keys', '/keys/create')).toBe('create');
    expect(subPath('/keys', '/keys')).toBe('');
  });

  it('finds no route for an unknown path', () => {
    expect(findRoute('/nope')).toBeUndefined();
    expect(findRoute('main')).toBeUndefined();
  });
});
