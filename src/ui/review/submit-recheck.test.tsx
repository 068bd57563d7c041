// @vitest-environment happy-dom
// The checks shown follow a keystroke a frame later (draft-store.ts, issue 17 §3), and so does the
// 「提交审核」 button that they enable. A click in between must not submit a report whose draft, as it
// is now, has errors: the submission decides on the current draft's checks (review-bar.tsx).
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks/run-checks';
import { qufuReport } from '../../domain/fixtures/qufu-2021';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { reportToDraft } from '../../domain/report/draft-convert';
import { freshRepo } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { DomUser } from '../tables/test-grid-dom';
import { ReportEditor } from '../wizard/report-editor';

afterEach(cleanup);

const CELL = cellId(cellAddress('applications', 'granted', 'natural'));
const settle = () => act(() => new Promise((r) => setTimeout(r, 150)));
// A loaded machine (the whole suite on two cores) renders the editor slowly: waitFor's default 1 s
// failed there once.
const SLOW = { timeout: 10_000 };

describe('提交审核 right after a keystroke that breaks the table', () => {
  it('is refused on the draft as it is now, though the button still showed the checks before the key', {
    timeout: 30_000,
  }, async () => {
    const { repo } = freshRepo();
    // The sample report with its warnings explained and accepted: it may be submitted.
    const plain = { ...reportToDraft(qufuReport()), id: 'r1' };
    const warnings = runChecks({ draft: plain, today: new Date() }).results.filter(
      (r) => r.severity === 'warning' && r.status === 'failed',
    );
    expect(warnings.length).toBeGreaterThan(0);
    const draft = {
      ...plain,
      explanations: Object.fromEntries(warnings.map((w) => [w.id, '已核对，情况属实。'])),
    };
    await repo.create(draft, {
      acceptedFingerprints: Object.fromEntries(warnings.map((w) => [w.id, w.fingerprint])),
    });
    const view = render(
      <RepositoryProvider repo={repo}>
        <ReportEditor id="r1" step="applications" focus={null} />
      </RepositoryProvider>,
    );
    const input = (cell: string) => {
      const el = view.container.querySelector<HTMLInputElement>(`input[data-cell="${cell}"]`);
      if (!el) throw new Error(`no input ${cell}`);
      return el;
    };
    await waitFor(() => input(CELL), SLOW);
    await settle();
    const submit = () => view.getByRole('button', { name: '提交审核' }) as HTMLButtonElement;
    await waitFor(() => expect(submit().disabled).toBe(false), SLOW);

    const focused = () => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement && el.dataset.cell ? el : null;
    };
    const user = new DomUser(focused);
    act(() => user.run({ kind: 'click', cell: CELL }, input));
    // 「（一）予以公开」 of 自然人 +9000: its column no longer balances (an error)
    act(() => user.run({ kind: 'type', ch: '9' }, input));
    act(() => user.run({ kind: 'type', ch: '0' }, input));
    act(() => user.run({ kind: 'type', ch: '0' }, input));
    act(() => user.run({ kind: 'type', ch: '0' }, input));
    // before the check run that follows the keystrokes' frame, the button still shows the old checks
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());

    await waitFor(() => expect(view.getByRole('alert').textContent).toContain('暂不能提交审核'), SLOW);
    await settle();
    expect((await repo.get('r1'))!.review.status).toBe('draft');
    // and once the checks shown catch up, the button says so too
    await waitFor(() => expect(submit().disabled).toBe(true), SLOW);
  });
});
