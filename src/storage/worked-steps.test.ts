// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readWorkedSteps, writeWorkedSteps } from './worked-steps';

afterEach(() => window.localStorage.clear());

describe('worked steps', () => {
  it('round-trips per report, without duplicates', () => {
    writeWorkedSteps(window.localStorage, 'a', ['proactive', 'applications', 'proactive']);
    expect(readWorkedSteps(window.localStorage, 'a')).toEqual(['proactive', 'applications']);
    expect(readWorkedSteps(window.localStorage, 'b')).toEqual([]);
  });

  it('a damaged entry reads as nothing worked on', () => {
    window.localStorage.setItem('nianbao:worked-steps:a', '{"not":"a list"');
    expect(readWorkedSteps(window.localStorage, 'a')).toEqual([]);
    window.localStorage.setItem('nianbao:worked-steps:a', '[1,2]');
    expect(readWorkedSteps(window.localStorage, 'a')).toEqual([]);
  });
});
