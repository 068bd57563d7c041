// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readDeclinedLinks, writeDeclinedLinks } from './declined-links';

afterEach(() => window.localStorage.clear());

describe('declined previous-year proposals', () => {
  it('round-trip per report, without duplicates', () => {
    writeDeclinedLinks(window.localStorage, 'a', ['x', 'y', 'x']);
    expect(readDeclinedLinks(window.localStorage, 'a')).toEqual(['x', 'y']);
    expect(readDeclinedLinks(window.localStorage, 'b')).toEqual([]);
  });

  it('a damaged entry reads as nothing declined', () => {
    window.localStorage.setItem('nianbao:declined-previous:a', '{"not":"a list"');
    expect(readDeclinedLinks(window.localStorage, 'a')).toEqual([]);
    window.localStorage.setItem('nianbao:declined-previous:a', '[1,2]');
    expect(readDeclinedLinks(window.localStorage, 'a')).toEqual([]);
  });
});
