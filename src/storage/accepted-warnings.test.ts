// A warning accepted with a 说明 stays accepted through everything that is not a change of the
// numbers it explains (issue 15, defect 1): the review transitions, a backup and its restore.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../domain/checks/run-checks';
import { qufuReport } from '../domain/fixtures/qufu-2021';
import { exportBackup, importBackup } from '../domain/interchange/backup';
import { reportToDraft } from '../domain/report/draft-convert';
import type { ReviewAction } from '../domain/review/workflow';
import { transition } from '../domain/review/workflow';
import type { ReportRepository } from './report-repository';
import type { StoredReport } from './stored-report';
import { freshRepo } from './test-helpers';

const TODAY = new Date(2022, 0, 15);
const NINETEEN = 'narrative-number:overview.management:normativeInForce';

const statusOf = (stored: StoredReport) =>
  runChecks({ draft: stored.draft, accepted: stored.acceptedFingerprints, today: TODAY }).results.find(
    (r) => r.id === NINETEEN,
  )?.status;

async function acceptedReport(repo: ReportRepository): Promise<StoredReport> {
  const report = qufuReport('qf');
  report.overview.management = '本机关现行有效的规范性文件19件。';
  const draft = { ...reportToDraft(report), explanations: { [NINETEEN]: '含本年已废止的文件' } };
  const open = runChecks({ draft, today: TODAY }).results.find((r) => r.id === NINETEEN)!;
  const created = await repo.create(draft);
  await repo.setAccepted(created.id, { [NINETEEN]: open.fingerprint }, created.revision);
  return (await repo.get(created.id))!;
}

describe('accepted warnings in storage', () => {
  it('stay accepted through submit, return, submit, approve and 撤销审定', async () => {
    const { repo } = freshRepo();
    let stored = await acceptedReport(repo);
    expect(statusOf(stored)).toBe('accepted');
    const steps: ReviewAction[] = ['submit', 'return', 'submit', 'approve', 'unapprove'];
    for (const action of steps) {
      const next = transition(stored.review, {
        action,
        actor: '审核人',
        at: TODAY,
        note: '理由',
        revision: stored.revision,
      });
      if (!next.ok) throw new Error(next.error);
      await repo.saveReview(stored.id, next.review, stored.revision);
      stored = (await repo.get(stored.id))!;
      expect(statusOf(stored), action).toBe('accepted');
    }
  });

  it('stay accepted through 备份全部 and 恢复备份 (替换全部)', async () => {
    const { repo } = freshRepo();
    const stored = await acceptedReport(repo);
    const text = await exportBackup({
      reports: await repo.backupEntries(),
      generator: 'test',
      now: TODAY,
    });
    const restored = await importBackup(text);
    if (!restored.ok) throw new Error(restored.error);
    const other = freshRepo().repo;
    await other.replaceAll(restored.reports.map((e) => e.stored as StoredReport));
    const back = (await other.get(stored.id))!;
    expect(back.acceptedFingerprints).toEqual(stored.acceptedFingerprints);
    expect(statusOf(back)).toBe('accepted');
  });
});
