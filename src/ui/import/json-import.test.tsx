// @vitest-environment happy-dom
// 「导入」 of a report file on the other computer (issue 15, defect 1): a warning the sender accepted
// with a 说明 must arrive accepted — not re-opened as 「需重新确认」 — while the
// numbers and text it explains are those of the file; and the list's 警告 count must agree.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../domain/checks/run-checks';
import type { CheckResult } from '../../domain/checks/types';
import { qufuReport } from '../../domain/fixtures/qufu-2021';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { reportToDraft } from '../../domain/report/draft-convert';
import { emptyReview } from '../../domain/report/empty-review';
import type { ReportDraft } from '../../domain/report/report-schema';
import { addComment } from '../../domain/review/comments';
import { createReportRepository, type ReportRepository } from '../../storage/report-repository';
import type { StoredReport } from '../../storage/stored-report';
import { freshDb } from '../../storage/test-helpers';
import { exportJsonText } from '../export/export-json';
import { RepositoryProvider } from '../hooks/use-repository';
import { JsonImport } from './json-import';

afterEach(cleanup);

const TODAY = new Date(2022, 0, 15);
/** The narrative says 「本机关现行有效的规范性文件19件」; the table says 11. */
const NINETEEN = 'narrative-number:overview.management:normativeInForce';
const WHY = '文字所述19件含本年已废止的文件，表格为现行有效件数';

/** The clerk's report: the 19-vs-11 warning accepted with a 说明, as the editor stores it. */
function clerkReport(): { draft: ReportDraft; accepted: Record<string, string> } {
  const report = qufuReport('qf-2021');
  report.overview.management = '重新整理本机关现行有效的规范性文件19件，在专栏统一发布。';
  const draft = reportToDraft(report);
  const open = runChecks({ draft, today: TODAY }).results.find((r) => r.id === NINETEEN);
  expect(open?.status).toBe('failed');
  return {
    draft: { ...draft, explanations: { [NINETEEN]: WHY } },
    accepted: { [NINETEEN]: open!.fingerprint },
  };
}

async function importHere(repo: ReportRepository, text: string, button: string): Promise<StoredReport> {
  let done = '';
  render(
    <RepositoryProvider repo={repo}>
      <JsonImport text={text} onCancel={() => {}} onDone={(id) => (done = id)} />
    </RepositoryProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: button }));
  await waitFor(() => expect(done).not.toBe(''), { timeout: 10_000 });
  cleanup();
  return (await repo.get(done))!;
}

const nineteen = (stored: StoredReport): CheckResult =>
  runChecks({ draft: stored.draft, accepted: stored.acceptedFingerprints, today: TODAY }).results.find(
    (r) => r.id === NINETEEN,
  )!;

describe('JsonImport keeps accepted warnings', () => {
  it('a warning accepted on the clerk’s computer is accepted on the supervisor’s, with its 说明', async () => {
    const { draft, accepted } = clerkReport();
    const run = runChecks({ draft, accepted, today: TODAY });
    expect(run.results.find((r) => r.id === NINETEEN)?.status).toBe('accepted');
    const text = await exportJsonText(draft, emptyReview(), run);

    const supervisor = createReportRepository(freshDb());
    const stored = await importHere(supervisor, text, '导入');
    const result = nineteen(stored);
    expect(result.status).toBe('accepted');
    expect(result.explanation).toBe(WHY);
    const here = runChecks({ draft: stored.draft, accepted: stored.acceptedFingerprints, today: TODAY });
    expect(stored.warningCount).toBe(here.counts.warnings);
  });

  it('replacing a local copy takes the file’s acceptances, and a changed number re-opens the warning', async () => {
    const { draft, accepted } = clerkReport();
    const supervisor = createReportRepository(freshDb());
    const first = await importHere(
      supervisor,
      await exportJsonText(draft, emptyReview(), runChecks({ draft, accepted, today: TODAY })),
      '导入',
    );
    expect(nineteen(first).status).toBe('accepted');

    // The clerk changes the number the 说明 explains and sends the report again.
    const changed: ReportDraft = {
      ...draft,
      proactive: {
        ...draft.proactive,
        normativeDocuments: { ...draft.proactive.normativeDocuments, inForce: '12' },
      },
    };
    const run = runChecks({ draft: changed, accepted, today: TODAY });
    expect(run.results.find((r) => r.id === NINETEEN)?.status).toBe('failed');
    const again = await importHere(
      supervisor,
      await exportJsonText(changed, emptyReview(), run),
      '替换本机的报告',
    );
    const result = nineteen(again);
    expect(result.status).toBe('failed');
    expect(result.explanation).toBe(WHY);
  });
});

describe('JsonImport keeps the review comments written here', () => {
  it('the same 送审 file opened again keeps the supervisor’s comments not yet sent back', async () => {
    const { draft, accepted } = clerkReport();
    const sent = {
      status: 'submitted' as const,
      comments: [],
      history: [
        {
          action: 'submit' as const,
          actor: '某科员',
          at: '2022-01-10T02:00:00.000Z',
          from: 'draft' as const,
          to: 'submitted' as const,
          note: '',
          revision: 3,
        },
      ],
    };
    const text = await exportJsonText(draft, sent, runChecks({ draft, accepted, today: TODAY }));
    const supervisor = createReportRepository(freshDb());
    const received = await importHere(supervisor, text, '导入');
    const anchor = {
      kind: 'cell',
      target: cellId(cellAddress('applications', 'granted', 'legal')),
    } as const;
    const review = addComment(received.review, anchor, {
      id: 'sup-1',
      author: '钱审核',
      at: new Date('2022-01-11T03:00:00.000Z'),
      text: '法律服务机构一栏请核实。',
    });
    await supervisor.saveReview(received.id, review, received.revision);

    render(
      <RepositoryProvider repo={supervisor}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    // The very file again: 「相同」, nothing it holds is missing here — nothing to import, no replacement.
    const note = await screen.findByText(/本机另有1条批注（文件中没有），不受影响/);
    expect(note.getAttribute('data-import-decision')).toBe('same');
    expect(note.textContent).toContain('无需导入');
    expect(screen.queryByRole('button', { name: '替换本机的报告' })).toBeNull();
    expect(screen.queryByRole('button', { name: '导入审核记录和批注' })).toBeNull();
    expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
    cleanup();
    const here = (await supervisor.get(received.id))!;
    expect(here.review.comments.map((c) => c.text)).toEqual(['法律服务机构一栏请核实。']);
    expect(here.review.status).toBe('submitted');
  });

  it('a re-import bringing comments this copy lacks adds them, with no replacement offered', async () => {
    const { draft, accepted } = clerkReport();
    const checks = runChecks({ draft, accepted, today: TODAY });
    const unit = createReportRepository(freshDb());
    const received = await importHere(unit, await exportJsonText(draft, emptyReview(), checks), '导入');
    // The same content comes back from the other computer with a comment on it.
    const commented = addComment(
      emptyReview(),
      { kind: 'part', target: 'appeals' },
      { id: 'other-1', author: '吴审核', at: new Date('2022-01-13T02:00:00.000Z'), text: '诉讼一栏请补充。' },
    );
    const text = await exportJsonText(draft, commented, checks);
    render(
      <RepositoryProvider repo={unit}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    const note = await screen.findByText(/本机已有这份报告/);
    expect(note.getAttribute('data-import-decision')).toBe('same');
    expect(note.textContent).toContain('只会加入文件中有、本机还没有的审核记录和批注');
    expect(screen.queryByRole('button', { name: '替换本机的报告' })).toBeNull();
    cleanup();
    const after = await importHere(unit, text, '导入审核记录和批注');
    expect(after.id).toBe(received.id);
    expect(after.review.comments.map((c) => c.text)).toEqual(['诉讼一栏请补充。']);
    expect(after.draft).toEqual(received.draft);
  });
});

describe('JsonImport of the very report here (the same content)', () => {
  it('says in plain words that nothing changes, that there is nothing to import, and that comments here stay', async () => {
    const repo = createReportRepository(freshDb());
    const draft = reportToDraft(qufuReport('twice'));
    await repo.create(draft);
    const text = await exportJsonText(draft, emptyReview(), runChecks({ draft, today: TODAY }));
    const here = await repo.get('twice');
    if (!here) throw new Error('not stored');
    const review = addComment(
      here.review,
      { kind: 'part', target: 'appeals' },
      {
        id: 'mine-1',
        author: '孙审核',
        at: new Date('2022-01-12T03:00:00.000Z'),
        text: '复议一栏请再核对。',
      },
    );
    await repo.saveReview('twice', review, here.revision);
    render(
      <RepositoryProvider repo={repo}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    const note = await screen.findByText(/本机已有这份报告/);
    expect(note.getAttribute('data-import-decision')).toBe('same');
    // Read as a supervisor would: what stays, what comes in, and that the comment written here stays.
    expect(note.textContent).toContain('文件中的填报内容与本机的完全相同');
    expect(note.textContent).toContain('审核记录和批注本机也都已有：无需导入');
    expect(note.textContent).toContain('本机另有1条批注（文件中没有），不受影响');
    expect(note.textContent).not.toMatch(/两边|更新审核状态和批注|替换/);
    expect(screen.queryByRole('button', { name: '替换本机的报告' })).toBeNull();
  });
});

describe('JsonImport while the report here is still being read', () => {
  it('offers no 「导入」 of a new report for an id this computer holds (the read before the file was known said none)', async () => {
    const repo = createReportRepository(freshDb());
    const draft = reportToDraft(qufuReport('slow'));
    await repo.create(draft);
    const text = await exportJsonText(draft, emptyReview(), runChecks({ draft, today: TODAY }));
    // A slow disk: the report here takes a while to read.
    const slow: ReportRepository = {
      ...repo,
      get: async (id) => {
        await new Promise((r) => setTimeout(r, 150));
        return repo.get(id);
      },
    };
    render(
      <RepositoryProvider repo={slow}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    await screen.findByRole('table', { name: '文件内容' });
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
    // then: the very report here, nothing to import
    expect((await screen.findByText(/本机已有这份报告/)).getAttribute('data-import-decision')).toBe('same');
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
  });
});

describe('JsonImport of a report that is in 回收站 here', () => {
  it('says so, and that replacing brings it back to the list', async () => {
    const repo = createReportRepository(freshDb());
    const draft = reportToDraft(qufuReport('binned'));
    await repo.create(draft);
    await repo.softDelete('binned');
    const text = await exportJsonText(draft, emptyReview(), runChecks({ draft, today: TODAY }));
    render(
      <RepositoryProvider repo={repo}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    const note = await screen.findByText(/本机回收站中有这份报告/);
    expect(note.textContent).toContain('替换后它将移出回收站');
    cleanup();
    const back = await importHere(repo, text, '替换本机的报告');
    expect(back.deletedAt).toBeNull();
  });
});

describe('JsonImport says when another report of the same organ and year is here', () => {
  it('names it, and says the import keeps both', async () => {
    const repo = createReportRepository(freshDb());
    const mine = reportToDraft(qufuReport('here-first'));
    await repo.create({ ...mine, meta: { ...mine.meta, agencyName: '某县 交通运输局' } });
    const other = reportToDraft(qufuReport('from-elsewhere'));
    const named = { ...other, meta: { ...other.meta, agencyName: '某县交通运输局' } };
    const text = await exportJsonText(named, emptyReview(), runChecks({ draft: named, today: TODAY }));
    render(
      <RepositoryProvider repo={repo}>
        <JsonImport text={text} onCancel={() => {}} onDone={() => {}} />
      </RepositoryProvider>,
    );
    const note = await screen.findByText(/年的另一份报告/);
    expect(note.getAttribute('data-namesake')).toBe('here-first');
    expect(note.textContent).toContain('导入后两份都保留');
  });

  it('says nothing for another organ, or the same report (its newer version)', async () => {
    const repo = createReportRepository(freshDb());
    const mine = reportToDraft(qufuReport('same-id'));
    await repo.create({ ...mine, meta: { ...mine.meta, agencyName: '某县财政局' } });
    for (const [id, name] of [
      ['same-id', '某县财政局'],
      ['other-id', '某县教育局'],
    ] as const) {
      const d = reportToDraft(qufuReport(id));
      const draft = { ...d, meta: { ...d.meta, agencyName: name } };
      render(
        <RepositoryProvider repo={repo}>
          <JsonImport
            text={await exportJsonText(draft, emptyReview(), runChecks({ draft, today: TODAY }))}
            onCancel={() => {}}
            onDone={() => {}}
          />
        </RepositoryProvider>,
      );
      await screen.findByRole('table', { name: '文件内容' });
      expect(screen.queryByText(/年的另一份报告/)).toBeNull();
      cleanup();
    }
  });
});
