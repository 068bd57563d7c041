import { describe, expect, it } from 'vitest';
import { cloneData } from '../clone-data';
import { cellAddress, cellId } from './cell-address';
import { mergeDrafts } from './draft-merge';
import { emptyDraft } from './empty-report';
import type { ReportDraft } from './report-schema';

const base = (): ReportDraft => {
  const d = emptyDraft({
    id: 'r-merge',
    agencyName: '泗水县自然资源局',
    year: 2024,
    reportKind: 'department',
  });
  d.applications.newReceived.natural = '7';
  d.overview.proactive = '本年度主动公开文件12件。';
  return d;
};
const edit = (d: ReportDraft, f: (d: ReportDraft) => void): ReportDraft => {
  const copy = cloneData(d);
  f(copy);
  return copy;
};

describe('mergeDrafts: two pages edited one stored version', () => {
  it('different cells and fields: both kept', () => {
    const b = base();
    const mine = edit(b, (d) => {
      d.applications.granted.natural = '5';
      d.overview.onRequest = '收到申请7件，均按时答复。';
    });
    const theirs = edit(b, (d) => {
      d.applications.newReceived.business = '2';
      d.meta.contactPhone = '0537-1234567';
      d.explanations['carried-forward-unexplained'] = '结转的2件已于次年1月办结。';
    });
    const r = mergeDrafts(b, mine, theirs);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.applications.granted.natural).toBe('5');
    expect(r.draft.overview.onRequest).toBe('收到申请7件，均按时答复。');
    expect(r.draft.applications.newReceived.business).toBe('2');
    expect(r.draft.applications.newReceived.natural).toBe('7');
    expect(r.draft.meta.contactPhone).toBe('0537-1234567');
    expect(r.draft.explanations).toEqual({ 'carried-forward-unexplained': '结转的2件已于次年1月办结。' });
  });

  it('the same change on both sides is taken once', () => {
    const b = base();
    const both = (d: ReportDraft) => {
      d.applications.granted.natural = '5';
    };
    const r = mergeDrafts(b, edit(b, both), edit(b, both));
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.draft.applications.granted.natural).toBe('5');
  });

  it('one cell or text changed differently on both sides: a conflict, nothing merged', () => {
    const b = base();
    const mine = edit(b, (d) => {
      d.applications.newReceived.natural = '8';
      d.overview.proactive = '本年度主动公开文件13件。';
      d.problems.problems = '无';
    });
    const theirs = edit(b, (d) => {
      d.applications.newReceived.natural = '9';
      d.overview.proactive = '本年度主动公开文件14件。';
    });
    const r = mergeDrafts(b, mine, theirs);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([...r.conflicts].sort()).toEqual([
        cellId(cellAddress('applications', 'newReceived', 'natural')),
        'overview.proactive',
      ]);
  });

  it('a 说明 removed on one side and kept on the other: removed; removed and rewritten: a conflict', () => {
    const b = edit(base(), (d) => {
      d.explanations['narrative-empty:otherMatters.workPlan'] = '本单位无上级要点任务。';
    });
    const removed = edit(b, (d) => {
      delete d.explanations['narrative-empty:otherMatters.workPlan'];
    });
    const other = edit(b, (d) => {
      d.applications.granted.natural = '1';
    });
    const r = mergeDrafts(b, removed, other);
    expect(r.ok && r.draft.explanations).toEqual({});
    const rewritten = edit(b, (d) => {
      d.explanations['narrative-empty:otherMatters.workPlan'] = '已补写。';
    });
    expect(mergeDrafts(b, removed, rewritten)).toEqual({
      ok: false,
      conflicts: ['explanations.narrative-empty:otherMatters.workPlan'],
    });
  });

  it('returns a copy: the inputs are not shared or changed', () => {
    const b = base();
    const mine = edit(b, (d) => {
      d.applications.granted.natural = '5';
    });
    const theirs = edit(b, (d) => {
      d.overview.management = '制度完善。';
    });
    const before = JSON.stringify([b, mine, theirs]);
    const r = mergeDrafts(b, mine, theirs);
    expect(JSON.stringify([b, mine, theirs])).toBe(before);
    if (r.ok) expect(r.draft.applications).not.toBe(mine.applications);
  });
});
