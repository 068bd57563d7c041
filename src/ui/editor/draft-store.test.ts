// The draft store splits a change in two (issue 17 §3): the report at once, the check run right
// after the frame. These pin what must never give: the checks read are always the current
// draft's, the shown ones catch up by themselves, and views are told only of what they subscribe to.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { qufuReport } from '../../domain/fixtures/qufu-2021';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { readDraftCell, reportToDraft, writeDraftCell } from '../../domain/report/draft-convert';
import type { ApplicantColumn, ApplicationRow } from '../../domain/report/keys';
import { createDraftStore } from './draft-store';

const GRANTED = cellAddress('applications', 'granted', 'natural');
const NEW_RECEIVED = cellAddress('applications', 'newReceived', 'natural');
const context = { previous: null, requiredOtherMatters: [], accepted: {} };
const balanceErrors = (run: { results: { id: string; status: string }[] }) =>
  run.results.filter((r) => r.status === 'failed' && r.id.startsWith('balance')).length;

describe('createDraftStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the report at once, the checks of the change right after its frame, and always reads current checks', () => {
    const start = reportToDraft(qufuReport());
    const store = createDraftStore(start, context);
    const first = store.get();
    expect(first.shown).toBe(first);
    expect(balanceErrors(first.checks)).toBe(0);

    const before = readDraftCell(start, GRANTED);
    const draft = writeDraftCell(start, GRANTED, String(Number(before) + 5));
    store.set(draft);
    const now = store.get();
    // the report (totals, balance row) at once …
    expect(now.draft).toBe(draft);
    expect(now.report).not.toBe(first.report);
    // … the checks shown are still the last checked ones …
    expect(now.shown).toBe(first);
    // … but whoever reads the checks (export, submit, the autosave) gets the current draft's
    expect(balanceErrors(now.checks)).toBeGreaterThan(0);

    vi.runAllTimers();
    const settled = store.get();
    expect(settled.shown).toBe(settled);
    expect(settled.draft).toBe(draft);
    expect(balanceErrors(settled.shown.checks)).toBeGreaterThan(0);
    expect(settled.shown.flags.size).toBeGreaterThan(0);
  });

  it('runs one check run for the keys typed before it, and tells each view only of what it shows', () => {
    const start = reportToDraft(qufuReport());
    const store = createDraftStore(start, context);
    const onDraft = vi.fn();
    const onShown = vi.fn();
    const onAny = vi.fn();
    store.subscribeDraft(onDraft);
    store.subscribeShown(onShown);
    store.subscribe(onAny);

    for (const text of ['1', '12', '123']) store.set(writeDraftCell(store.get().draft, GRANTED, text));
    expect(onDraft).toHaveBeenCalledTimes(3);
    expect(onShown).not.toHaveBeenCalled();
    expect(onAny).toHaveBeenCalledTimes(3);

    vi.runAllTimers();
    expect(onDraft).toHaveBeenCalledTimes(3);
    expect(onShown).toHaveBeenCalledTimes(1);
    expect(onAny).toHaveBeenCalledTimes(4);
    expect(store.get().shown).toBe(store.get());
    expect(readDraftCell(store.get().draft, GRANTED)).toBe('123');

    // A new check context is both: one call each, the checks run at once.
    store.setContext({ accepted: {} });
    expect(onDraft).toHaveBeenCalledTimes(4);
    expect(onShown).toHaveBeenCalledTimes(2);
    expect(onAny).toHaveBeenCalledTimes(5);
    expect(store.get().shown).toBe(store.get());
  });

  it('tells a table cell only of changes of its own text', () => {
    const store = createDraftStore(reportToDraft(qufuReport()), context);
    const granted = vi.fn();
    const other = vi.fn();
    store.subscribeCell(cellId(GRANTED), granted);
    store.subscribeCell(cellId(NEW_RECEIVED), other);
    store.set(writeDraftCell(store.get().draft, GRANTED, '7'));
    expect(granted).toHaveBeenCalledTimes(1);
    expect(other).not.toHaveBeenCalled();
    // a whole new draft (another tab's version, undo of a paste) with the same text there: not told
    store.set(structuredClone(store.get().draft));
    expect(granted).toHaveBeenCalledTimes(1);
    // a draft whose row of that cell is gone: told (its text is now empty)
    const draft = structuredClone(store.get().draft);
    delete (draft.applications as Record<string, unknown>).granted;
    store.set(draft);
    expect(granted).toHaveBeenCalledTimes(2);
    expect(other).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(granted).toHaveBeenCalledTimes(2);
  });

  it('tells a total only when its own number changes', () => {
    const store = createDraftStore(reportToDraft(qufuReport()), context);
    const total = (row: ApplicationRow, column: ApplicantColumn) =>
      cellId(cellAddress('applications', row, column));
    const told = new Map<string, number>();
    const ids = [
      total('granted', 'total'), // the typed cell's row
      total('totalHandled', 'natural'), // its column
      total('totalHandled', 'total'), // the grand total
      total('newReceived', 'total'), // another row
      total('totalHandled', 'business'), // another column
    ];
    for (const id of ids) store.subscribeReportCell(id, () => told.set(id, (told.get(id) ?? 0) + 1));
    const granted = Number(readDraftCell(store.get().draft, GRANTED));

    store.set(writeDraftCell(store.get().draft, GRANTED, String(granted + 5)));
    expect(Object.fromEntries(told)).toEqual({ [ids[0]!]: 1, [ids[1]!]: 1, [ids[2]!]: 1 });
    // the same numbers written again (another text for them, a whole new draft): nobody is told
    store.set(writeDraftCell(store.get().draft, GRANTED, ` ${granted + 5}`));
    store.set(structuredClone(store.get().draft));
    expect(Object.fromEntries(told)).toEqual({ [ids[0]!]: 1, [ids[1]!]: 1, [ids[2]!]: 1 });
    // a change elsewhere in the report (part 三's new requests): only that row's total
    const received = Number(readDraftCell(store.get().draft, NEW_RECEIVED));
    store.set(writeDraftCell(store.get().draft, NEW_RECEIVED, String(received + 1)));
    expect(told.get(ids[3]!)).toBe(1);
    expect(told.get(ids[4]!)).toBeUndefined();
    // every total it is told of reads its new number; the check run after the frame tells none
    expect(store.get().report.applications.newReceived.total).toBe(
      qufuReport().applications.newReceived.total! + 1,
    );
    vi.runAllTimers();
    expect(told.get(ids[3]!)).toBe(1);
  });
});
