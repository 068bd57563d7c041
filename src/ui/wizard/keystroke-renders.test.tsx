// @vitest-environment happy-dom
// Issue 17 §3: on a keystroke in the matrix only the changed cell, the totals it feeds, the
// balance row and the check counts may re-render — on a slow PC every other component that
// renders costs the clerk time at every key. The whole editor is mounted on a real repository
// (fake-indexeddb); every component React renders is seen (test-render-tracker.ts), from the key
// until the autosave has written the report and every live query has answered.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { qufuReport } from '../../domain/fixtures/qufu-2021';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { reportToDraft } from '../../domain/report/draft-convert';
import type { ApplicationRow } from '../../domain/report/keys';
import type { ReportDraft } from '../../domain/report/report-schema';
import { freshRepo } from '../../storage/test-helpers';
import { renderTracker } from '../components/test-render-tracker';
import { RepositoryProvider } from '../hooks/use-repository';
import { DomUser } from '../tables/test-grid-dom';
import { ReportEditor } from './report-editor';

afterEach(cleanup);

const cell = (row: ApplicationRow, column: 'natural' | 'total') =>
  cellId(cellAddress('applications', row, column));
const CELL = cell('granted', 'natural');
const settle = () => act(() => new Promise((r) => setTimeout(r, 150)));

/** The editor at part 三 on a stored report, the cell selected (clicked), everything settled. */
async function openAtCell(edit: (draft: ReportDraft) => ReportDraft = (d) => d) {
  const { repo } = freshRepo();
  await repo.create({ ...edit(reportToDraft(qufuReport())), id: 'r1' });
  const { container } = render(
    <RepositoryProvider repo={repo}>
      <ReportEditor id="r1" step="applications" focus={null} />
    </RepositoryProvider>,
  );
  const input = (cell: string) => {
    const el = container.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`);
    if (!el) throw new Error(`no input ${cell}`);
    return el;
  };
  await waitFor(() => input(CELL));
  await settle();
  const focused = () => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.dataset.cell ? el : null;
  };
  const user = new DomUser(focused);
  act(() => user.run({ kind: 'click', cell: CELL }, input));
  await settle();
  return { repo, input, user };
}

describe('a keystroke in the matrix', () => {
  it('re-renders only the cell, the totals it feeds, the balance row and the check counts', async () => {
    const { repo, input, user } = await openAtCell();
    const before = (await repo.get('r1'))!.revision;

    renderTracker.start();
    act(() => user.run({ kind: 'type', ch: '5' }, input));
    // what the keystroke itself renders, before its frame: the write has not started
    const atKey = renderTracker.stop();
    renderTracker.start();
    await waitFor(async () => expect((await repo.get('r1'))!.revision).toBe(before + 1));
    await settle();
    const afterKey = renderTracker.stop();

    expect(input(CELL).value).toBe('5');
    expect(atKey).toEqual({
      // the cell typed in
      [`GridCell[${cell('granted', 'natural')}]`]: 1,
      // the totals it feeds: its row's 总计, its column's （七）总计 and the grand total
      [`DerivedCell[${cell('granted', 'total')}]`]: 1,
      [`DerivedCell[${cell('totalHandled', 'natural')}]`]: 1,
      [`DerivedCell[${cell('totalHandled', 'total')}]`]: 1,
      // (四's cell of the column is filled: it shows no balancing value, nothing renders it)
      // the balance row
      BalanceRow: 1,
      // 保存中…: the save indicator alone — the save state is not the editor's state, so neither
      // the editor's session nor anything below it renders for it (save-state-store.ts)
      CurrentSaveState: 1,
      SaveIndicator: 1,
    });
    expect(afterKey).toEqual({
      // Right after the keystroke's frame, its check run (draft-store.ts): its column no longer
      // balances (0 → 5), so the cells and totals the balance check now flags …
      [`GridCell[${cell('newReceived', 'natural')}]`]: 1,
      [`GridCell[${cell('carriedOver', 'natural')}]`]: 1,
      [`GridCell[${cell('carriedForward', 'natural')}]`]: 1,
      [`DerivedCell[${cell('newReceived', 'total')}]`]: 1,
      [`DerivedCell[${cell('carriedOver', 'total')}]`]: 1,
      [`DerivedCell[${cell('carriedForward', 'total')}]`]: 1,
      // (the totals the keystroke changed, now flagged as well)
      [`DerivedCell[${cell('totalHandled', 'natural')}]`]: 1,
      [`DerivedCell[${cell('totalHandled', 'total')}]`]: 1,
      // … both sides of the unbalanced column listed under the balance row …
      BalanceBreakdownList: 1,
      ColumnBreakdown: 1,
      Side: 2,
      BreakdownLine: 7,
      // … the check counts of the steps, and the 审核 bar's 「提交审核」 with what now blocks it.
      StepNav: 1,
      SubmitButton: 1,
      SubmitBlockers: 1,
      // The autosave: 已保存, and the stored record it wrote, read back by the live query — the
      // editor's shell re-renders without rendering the step again; the review it read back is
      // unchanged, so neither the 审核 bar nor the comment counts re-render.
      ReportEditor: 1,
      EditorSession: 1,
      CurrentSaveState: 1,
      SaveIndicator: 1,
    });
  });

  it('typed on (the cell being entered, as figure 9 types): no other input cell re-renders', async () => {
    const { repo, input, user } = await openAtCell();
    // The first key begins the entry (select → enter); its write settles. The revision is read
    // before the key: read after it, the key's own write may already have landed.
    const before = (await repo.get('r1'))!.revision;
    act(() => user.run({ kind: 'type', ch: '5' }, input));
    await waitFor(async () => expect((await repo.get('r1'))!.revision).toBe(before + 1));
    await settle();

    renderTracker.start();
    act(() => user.run({ kind: 'type', ch: '0' }, input));
    const atKey = renderTracker.stop();

    expect(input(CELL).value).toBe('50');
    expect(atKey).toEqual({
      // the cell typed in
      [`GridCell[${cell('granted', 'natural')}]`]: 1,
      // the totals it feeds, the balance row, 保存中…
      [`DerivedCell[${cell('granted', 'total')}]`]: 1,
      [`DerivedCell[${cell('totalHandled', 'natural')}]`]: 1,
      [`DerivedCell[${cell('totalHandled', 'total')}]`]: 1,
      BalanceRow: 1,
      CurrentSaveState: 1,
      SaveIndicator: 1,
    });
    await waitFor(async () => expect((await repo.get('r1'))!.revision).toBe(before + 2));
    expect((await repo.get('r1'))!.draft.applications.granted?.natural).toBe('50');
  });
  it('Shift+arrows re-render only the cells entering or leaving the range (and the range status)', async () => {
    const { input, user } = await openAtCell();
    renderTracker.start();
    act(() => user.run({ kind: 'key', key: 'ArrowDown', shift: true }, input));
    const first = renderTracker.stop();
    renderTracker.start();
    act(() => user.run({ kind: 'key', key: 'ArrowDown', shift: true }, input));
    const second = renderTracker.stop();
    renderTracker.start();
    act(() => user.run({ kind: 'key', key: 'ArrowRight' }, input));
    const ended = renderTracker.stop();

    // the selected cell (its state holds the range) and the cell entering it
    expect(first).toEqual({
      [`GridCell[${CELL}]`]: 1,
      [`GridCell[${cell('partiallyGranted', 'natural')}]`]: 1,
      RangeStatus: 1,
    });
    expect(second).toEqual({
      [`GridCell[${CELL}]`]: 1,
      [`GridCell[${cell('withheldStateSecret', 'natural')}]`]: 1,
      RangeStatus: 1,
    });
    // a plain move: the range's cells leave it, the next cell is selected
    expect(ended).toEqual({
      [`GridCell[${CELL}]`]: 1,
      [`GridCell[${cell('partiallyGranted', 'natural')}]`]: 1,
      [`GridCell[${cell('withheldStateSecret', 'natural')}]`]: 1,
      [`GridCell[${cellId(cellAddress('applications', 'granted', 'business'))}]`]: 1,
      RangeStatus: 1,
      CellStatus: 1,
    });
  });

  it("四's empty cell of the column shows the value that would balance it, and renders at each key for it", async () => {
    const CARRIED = cell('carriedForward', 'natural');
    // 一 28 + 二 0 against （七）总计 23 + 四 empty: 四 would balance at 5
    const { input, user } = await openAtCell((d) => ({
      ...d,
      applications: {
        ...d.applications,
        newReceived: { ...d.applications.newReceived, natural: '28' },
        carriedForward: { ...d.applications.carriedForward, natural: '' },
      },
    }));
    expect(input(CELL).value).toBe('0');
    expect(input(CARRIED).placeholder).toBe('5');

    renderTracker.start();
    act(() => user.run({ kind: 'type', ch: '5' }, input));
    const atKey = renderTracker.stop();

    // 5 more handled in the column: 四 now balances at 0
    expect(input(CELL).value).toBe('5');
    expect(input(CARRIED).placeholder).toBe('0');
    expect(atKey[`GridCell[${CARRIED}]`]).toBe(1);
  });

  it("四's filled cell, once cleared, shows the value that would balance its column and follows its keys", async () => {
    const CARRIED = cell('carriedForward', 'natural');
    const { input, user } = await openAtCell((d) => ({
      ...d,
      applications: { ...d.applications, newReceived: { ...d.applications.newReceived, natural: '28' } },
    }));
    expect(input(CARRIED).value).toBe('0');
    expect(input(CARRIED).placeholder).toBe('');
    act(() => user.run({ kind: 'click', cell: CARRIED }, input));
    act(() => user.run({ kind: 'key', key: 'Delete' }, input));
    await settle();
    expect(input(CARRIED).value).toBe('');
    expect(input(CARRIED).placeholder).toBe('5');
    act(() => user.run({ kind: 'click', cell: CELL }, input));
    act(() => user.run({ kind: 'type', ch: '3' }, input));
    await settle();
    expect(input(CARRIED).placeholder).toBe('2');
  });
});
