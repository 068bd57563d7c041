// @vitest-environment happy-dom
// The stored record changes at every save; its context holds a store of it, the same object for the
// whole session, so a save changes no context value (React would otherwise search the whole editor,
// every cell of the grid, for the context's readers: issue 17 §3) and only its readers re-render.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredReport } from '../../storage/stored-report';
import { createValueStore } from '../hooks/value-store';
import { LatestContext, useLatest } from './editor-context';

afterEach(cleanup);

const record = (revision: number) => ({ id: 'r1', revision }) as unknown as StoredReport;

const seen: number[] = [];
function Reader() {
  const latest = useLatest();
  seen.push(latest.revision);
  return <span>{latest.revision}</span>;
}

describe('useLatest', () => {
  it('reads the stored record from the session’s store and follows it without a new context value', () => {
    const store = createValueStore(record(1));
    seen.length = 0;
    const { container } = render(
      <LatestContext.Provider value={store}>
        <Reader />
      </LatestContext.Provider>,
    );
    expect(container.textContent).toBe('1');
    act(() => store.set(record(2)));
    expect(container.textContent).toBe('2');
    expect(seen).toEqual([1, 2]);
  });
});
