import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { carryOverFromPrevious } from './based-on-previous';
import { reportToDraft } from './draft-convert';
import { emptyDraft } from './empty-report';
import { APPLICANT_INPUT_COLUMNS } from './keys';

describe('carryOverFromPrevious', () => {
  it('copies last year carriedForward into this year carriedOver column by column, and nothing else', () => {
    const prev = reportToDraft(qufuReport());
    APPLICANT_INPUT_COLUMNS.forEach((c, i) => {
      prev.applications.carriedForward[c] = String(i + 1);
    });
    prev.overview.proactive = '去年的文字';
    const next = carryOverFromPrevious(
      emptyDraft({ id: 'n', agencyName: 'x', year: 2022, reportKind: 'department' }),
      prev,
    );
    expect(APPLICANT_INPUT_COLUMNS.map((c) => next.applications.carriedOver[c])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(next.overview.proactive).toBe('');
    expect(next.applications.newReceived.natural).toBe('');
  });
});
