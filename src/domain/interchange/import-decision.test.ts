import { describe, expect, it } from 'vitest';
import { decideImport } from './import-decision';

describe('decideImport', () => {
  it.each([
    ['identical content', { localDigest: 'a', lastExchangeDigest: 'x', incomingDigest: 'a' }, 'same'],
    [
      'local unchanged since the last exchange',
      { localDigest: 'a', lastExchangeDigest: 'a', incomingDigest: 'b' },
      'replace',
    ],
    [
      'both changed since they diverged',
      { localDigest: 'c', lastExchangeDigest: 'a', incomingDigest: 'b' },
      'keep-both',
    ],
    [
      'never exchanged and different',
      { localDigest: 'c', lastExchangeDigest: null, incomingDigest: 'b' },
      'keep-both',
    ],
  ] as const)('%s → %s', (_name, input, out) => expect(decideImport(input)).toBe(out));
});
