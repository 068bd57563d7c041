import { describe, expect, it } from 'vitest';
import { fixtureDraft, run, withCells } from '../../domain/checks/test-kit';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { emptyDraft } from '../../domain/report/empty-report';
import { stepStatuses } from './step-status';

describe('step statuses', () => {
  it('✓ only for a step with no error: a balance error takes the ✓ of 三、依申请公开 away', () => {
    const ok = stepStatuses(run(fixtureDraft()));
    expect(ok.applications).toEqual({ errors: 0, warnings: 0, complete: true });
    const broken = stepStatuses(
      run(
        withCells(fixtureDraft(), {
          [cellId(cellAddress('applications', 'unavailableNotHeld', 'natural'))]: '91',
        }),
      ),
    );
    expect(broken.applications.complete).toBe(false);
    expect(broken.applications.errors).toBe(2);
  });

  it('blank cells of a step not yet worked on are 待填: no error counted, and no ✓ either', () => {
    const blank = run(emptyDraft({ id: 'x', agencyName: '某局', year: 2021, reportKind: 'department' }));
    const before = stepStatuses(blank, () => false);
    expect(before.applications).toEqual({ errors: 0, warnings: 0, complete: false });
    expect(before.overview.warnings).toBe(0);
    const after = stepStatuses(blank, (step) => step === 'applications');
    expect(after.applications.errors).toBe(1);
    expect(after.applications.complete).toBe(false);
    expect(after.proactive.errors).toBe(0);
  });
});
