// @vitest-environment happy-dom
// Another tab's save is adopted while the clerk types (use-other-tab-saves.ts): the form is reset to
// the stored draft. A key that lands before React has rendered the fields again used to be lost —
// react-hook-form had dropped its fields at the reset, read the typed field as undefined, and the
// text vanished from the draft and then from the page (e2e/drafts.spec.ts, two pages on one report,
// failed under load: 「将本窗口的修改另存为副本」 kept a copy without the clerk's text).
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../domain/report/empty-report';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import { createDraftStore, type DraftStore, INITIAL_CHECK_CONTEXT } from './draft-store';
import { useFormBinding } from './use-form-binding';

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
  return { store, changes, view, adopt: (d: ReportDraft) => binding!.adopt(d) };
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
