import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { PART_TITLES } from '../../domain/report/labels';
import { anchorLabel, anchorStep, draftPathLabel } from './anchor-label';

describe('anchorLabel', () => {
  it('names a known cell by its part and row/column labels', () => {
    const label = anchorLabel({
      kind: 'cell',
      target: cellId(cellAddress('applications', 'newReceived', 'natural')),
    });
    expect(label.startsWith(`${PART_TITLES.applications}：`)).toBe(true);
    expect(label).not.toMatch(/applications|newReceived|natural/);
  });

  it('a cell this version does not know (a hand-made or older file) is 「未知位置」 in its part, never the raw id', () => {
    expect(anchorLabel({ kind: 'cell', target: 'applications.oldRow.someColumn' })).toBe(
      `${PART_TITLES.applications}：未知位置`,
    );
    expect(anchorLabel({ kind: 'cell', target: 'appeals.review.x.y' })).toBe(
      `${PART_TITLES.appeals}：未知位置`,
    );
    expect(anchorLabel({ kind: 'cell', target: 'nosuchpart.a.b' })).toBe('未知位置');
  });

  it('an unknown field or part is 「未知位置」 too (in its part when the part is known)', () => {
    expect(anchorLabel({ kind: 'field', target: 'meta.faxNumber' })).toBe('报告信息：未知位置');
    expect(anchorLabel({ kind: 'field', target: 'problems.somethingNew' })).toBe(
      `${PART_TITLES.problems}：未知位置`,
    );
    expect(anchorLabel({ kind: 'field', target: 'x.y' })).toBe('未知位置');
    expect(anchorLabel({ kind: 'part', target: 'chapterSeven' })).toBe('未知位置');
    expect(anchorLabel({ kind: 'part', target: 'meta' })).toBe('报告信息');
    expect(anchorLabel({ kind: 'part', target: 'appeals' })).toBe(PART_TITLES.appeals);
  });
});

describe('anchorStep', () => {
  it('jumps to the part of an unknown cell without a focus target, and to 报告信息 when the part is unknown too', () => {
    expect(anchorStep({ kind: 'cell', target: 'applications.oldRow.someColumn' })).toEqual({
      step: 'applications',
      focus: undefined,
    });
    expect(anchorStep({ kind: 'cell', target: 'nosuchpart.a.b' })).toEqual({
      step: 'meta',
      focus: undefined,
    });
    const known = cellId(cellAddress('applications', 'newReceived', 'natural'));
    expect(anchorStep({ kind: 'cell', target: known })).toEqual({ step: 'applications', focus: known });
  });
});

describe('draftPathLabel (the fields in conflict of a recovered edit)', () => {
  it('names a cell, a narrative and a field of 报告信息 by their labels, as comments name them', () => {
    const cell = cellId(cellAddress('appeals', 'reconsideration', 'corrected'));
    expect(draftPathLabel(cell)).toBe(anchorLabel({ kind: 'cell', target: cell }));
    expect(draftPathLabel(cell)).not.toMatch(/appeals|reconsideration/);
    expect(draftPathLabel('overview.platforms')).toBe(
      anchorLabel({ kind: 'field', target: 'overview.platforms' }),
    );
    expect(draftPathLabel('meta.website')).toMatch(/^报告信息：/);
  });
});
