// @vitest-environment happy-dom
// Another tab's save is adopted while the clerk types (use-other-tab-saves.ts): the form is reset to
// the stored draft. A key that lands before React has rendered the fields again used to be lost —
// react-hook-form had dropped its fields at the reset, read the typed field as undefined, and the
// text vanished from the draft and then from the page (e2e/drafts.spec.ts, two pages on one report,
// failed under load: 「将本窗口的修改另存为副本」 kept a copy without the clerk's text).
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLE_PARTS } from '../../domain/checks/cell-scan';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { emptyDraft } from '../../domain/report/empty-report';
import { type ReportDraft, reportDraftSchema } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import { createDraftStore, type DraftStore, INITIAL_CHECK_CONTEXT } from './draft-store';
import { FIELD_PARTS, useFormBinding, withValueAt } from './use-form-binding';

const draft = emptyDraft({ id: 'r1', agencyName: '某某县交通运输局', year: 2025, reportKind: 'department' });

type Binding = ReturnType<typeof useFormBinding>;

function Fields({
  store,
  autosave,
  bind,
}: {
  store: DraftStore;
  autosave: Autosave<ReportDraft>;
  bind: (b: Binding) => void;
}) {
  const binding = useFormBinding(draft, store, autosave, false);
  bind(binding);
  return (
    <>
      <textarea aria-label="主动公开" {...binding.form.register('overview.proactive')} />
      <textarea aria-label="依申请公开" {...binding.form.register('overview.onRequest')} />
    </>
  );
}

function setup() {
  const store = createDraftStore(draft, { ...INITIAL_CHECK_CONTEXT, accepted: {} });
  const changes: ReportDraft[] = [];
  const autosave = { change: vi.fn((d: ReportDraft) => changes.push(d)) } as unknown as Autosave<ReportDraft>;
  let binding: Binding | null = null;
  const view = render(
    <Fields
      store={store}
      autosave={autosave}
      bind={(b) => {
        binding = b;
      }}
    />,
  );
  return { store, changes, view, adopt: (d: ReportDraft) => binding!.adopt(d), binding: () => binding! };
}

afterEach(cleanup);

describe('useFormBinding: adopting another tab’s save while the clerk types', () => {
  it('a key typed right after the adoption, before the fields render again, is kept', () => {
    const { store, changes, view, adopt } = setup();
    const other = { ...draft, overview: { ...draft.overview, proactive: '另一个窗口写的内容' } };
    // No act(): the form is reset and the key arrives before React renders the fields again.
    adopt(other);
    const field = view.getByLabelText('依申请公开') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: '本窗口写的内容' } });
    expect(store.get().draft.overview.onRequest).toBe('本窗口写的内容');
    expect(store.get().draft.overview.proactive).toBe('另一个窗口写的内容');
    expect(changes.at(-1)?.overview.onRequest).toBe('本窗口写的内容');
    expect(field.value).toBe('本窗口写的内容');
  });

  it('the adopted draft shows in the fields and is not handed to autosave as a change', () => {
    const { changes, view, adopt } = setup();
    adopt({ ...draft, overview: { ...draft.overview, onRequest: '另一个窗口写的内容' } });
    expect((view.getByLabelText('依申请公开') as HTMLTextAreaElement).value).toBe('另一个窗口写的内容');
    expect(changes).toEqual([]);
  });
});

describe('useFormBinding: the draft of a keystroke (issue 17 §3)', () => {
  it('is the form’s values, sharing with the draft before everything but the changed field’s path', () => {
    const { store, view, binding } = setup();
    const before = store.get().draft;
    fireEvent.input(view.getByLabelText('依申请公开'), { target: { value: '一' } });
    const after = store.get().draft;
    expect(after).toEqual(binding().form.getValues());
    expect(after.overview.onRequest).toBe('一');
    expect(after.overview).not.toBe(before.overview);
    expect(before.overview.onRequest).toBe('');
    for (const part of ['meta', 'proactive', 'applications', 'appeals', 'problems'] as const)
      expect(after[part]).toBe(before[part]);
  });

  it('a matrix cell written through setCell copies its part and row alone', () => {
    const { store, binding } = setup();
    const before = store.get().draft;
    binding().setCell(cellId(cellAddress('applications', 'granted', 'natural')), '5');
    const after = store.get().draft;
    expect(after).toEqual(binding().form.getValues());
    expect(after.applications.granted.natural).toBe('5');
    expect(after.applications.granted).not.toBe(before.applications.granted);
    expect(after.applications.newReceived).toBe(before.applications.newReceived);
    expect(after.appeals).toBe(before.appeals);
    expect(before.applications.granted.natural).toBe('');
  });
});

describe('useFormBinding: who tells the store of a change (issue 17 §3)', () => {
  it('a cell written through setCell is one change: one draft to the store, one to autosave', () => {
    const { store, changes, binding } = setup();
    const drafts: ReportDraft[] = [];
    store.subscribe(() => drafts.push(store.get().draft));
    binding().setCell(cellId(cellAddress('applications', 'granted', 'natural')), '5');
    binding().setCell(cellId(cellAddress('appeals', 'reconsideration', 'upheld')), '2');
    binding().setCell(cellId(cellAddress('proactive', 'fees', 'amount')), '1.5');
    expect(changes.map((d) => d.applications.granted.natural)).toEqual(['5', '5', '5']);
    expect(changes.map((d) => d.appeals.reconsideration.upheld)).toEqual(['', '2', '2']);
    expect(changes.at(-1)?.proactive.fees.amount).toBe('1.5');
    expect(new Set(drafts).size).toBe(3);
    // the same text again is no change
    binding().setCell(cellId(cellAddress('applications', 'granted', 'natural')), '5');
    expect(changes).toHaveLength(3);
  });

  it('a field outside the tables (input, setValue) is one change, and setCells one for all its cells', () => {
    const { store, changes, view, binding } = setup();
    fireEvent.input(view.getByLabelText('主动公开'), { target: { value: '甲' } });
    binding().form.setValue('explanations', { 'balance:natural': '说明' });
    binding().form.setValue('meta.website', 'http://example.gov.cn');
    binding().setCells([
      { cell: cellId(cellAddress('applications', 'granted', 'natural')), text: '1' },
      { cell: cellId(cellAddress('applications', 'granted', 'business')), text: '2' },
    ]);
    expect(changes).toHaveLength(4);
    const last = changes.at(-1)!;
    expect(last.overview.proactive).toBe('甲');
    expect(last.explanations).toEqual({ 'balance:natural': '说明' });
    expect(last.meta.website).toBe('http://example.gov.cn');
    expect([last.applications.granted.natural, last.applications.granted.business]).toEqual(['1', '2']);
    expect(store.get().draft).toEqual(binding().form.getValues());
  });

  it('the form tells every part of the draft but the tables (a new part must be named)', () => {
    expect([...FIELD_PARTS, ...TABLE_PARTS].sort()).toEqual(Object.keys(reportDraftSchema.shape).sort());
  });
});

describe('withValueAt', () => {
  const base = { a: { b: 'x', c: ['p', 'q'] }, d: { e: 1 } };
  it('copies along the path only, and deep-copies the value it takes', () => {
    const source = { a: { b: { deep: ['y'] }, c: ['p', 'q'] }, d: { e: 2 } };
    const out = withValueAt(base, 'a.b', source) as unknown as typeof source;
    expect(out).toEqual({ a: { b: { deep: ['y'] }, c: ['p', 'q'] }, d: { e: 1 } });
    expect(out.d).toBe(base.d);
    expect(out.a.c).toBe(base.a.c);
    expect(out.a.b).not.toBe(source.a.b);
    expect(base.a.b).toBe('x');
  });
  it('goes through arrays', () => {
    const out = withValueAt(base, 'a.c.1', { a: { c: ['p', 'z'] } });
    expect(out?.a.c).toEqual(['p', 'z']);
    expect(base.a.c).toEqual(['p', 'q']);
  });
  it('is null when the path is not there on both sides', () => {
    expect(withValueAt(base, 'a.x.y', { a: { x: { y: 1 } } })).toBeNull();
    expect(withValueAt(base, 'a.b', { a: {} })).toBeNull();
    expect(withValueAt(base, 'a.b.c', { a: { b: { c: 1 } } })).toBeNull();
  });
});
