import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { editorPath, parseRoute, printPath } from './router';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'reports' }],
    ['#/', { name: 'reports' }],
    ['#/trash', { name: 'trash' }],
    ['#/print/abc', { name: 'print', id: 'abc', auto: false }],
    ['#/print/abc?auto=1', { name: 'print', id: 'abc', auto: true }],
    ['#/blank-form', { name: 'blank-form' }],
    ['#/r/abc', { name: 'editor', id: 'abc', step: 'meta', focus: null }],
    [
      `#/r/abc/applications?focus=${cellId(cellAddress('applications', 'newReceived', 'natural'))}`,
      {
        name: 'editor',
        id: 'abc',
        step: 'applications',
        focus: cellId(cellAddress('applications', 'newReceived', 'natural')),
      },
    ],
    ['#/r/abc/bogus', { name: 'editor', id: 'abc', step: 'meta', focus: null }],
    ['#/nope', { name: 'not-found', path: '/nope' }],
  ])('%s', (hash, route) => expect(parseRoute(hash)).toEqual(route));

  it('round-trips editor paths', () => {
    expect(
      parseRoute(editorPath('x-1', 'appeals', cellId(cellAddress('appeals', 'reconsideration', 'upheld')))),
    ).toEqual({
      name: 'editor',
      id: 'x-1',
      step: 'appeals',
      focus: cellId(cellAddress('appeals', 'reconsideration', 'upheld')),
    });
  });

  it('round-trips print paths', () => {
    expect(printPath('a/b 1')).toBe('#/print/a%2Fb%201');
    expect(parseRoute(printPath('a/b 1'))).toEqual({ name: 'print', id: 'a/b 1', auto: false });
    expect(parseRoute(printPath('x', { auto: true }))).toEqual({ name: 'print', id: 'x', auto: true });
  });
});
