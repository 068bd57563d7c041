import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, cellId } from './cell-address';
import { reportToDraft, writeDraftCell } from './draft-convert';
import { changedSentences, diffDrafts } from './draft-diff';

describe('diffDrafts', () => {
  it('finds no change between equal drafts', () => {
    const d = reportToDraft(qufuReport());
    expect(diffDrafts(d, structuredClone(d))).toEqual({
      cells: [],
      fields: [],
      meta: [],
      parts: [],
      explanations: [],
    });
  });
  it('names changed cells, fields, meta and their parts', () => {
    const a = reportToDraft(qufuReport());
    let b = writeDraftCell(a, { part: 'applications', row: 'granted', column: 'natural' }, '5');
    b = { ...b, problems: { ...b.problems, problems: '新问题' }, meta: { ...b.meta, website: 'x' } };
    const d = diffDrafts(a, b);
    expect(d.cells).toEqual([
      { cell: cellId(cellAddress('applications', 'granted', 'natural')), before: '0', after: '5' },
    ]);
    expect(d.fields).toEqual(['problems.problems']);
    expect(d.meta).toEqual(['website']);
    expect(d.parts.sort()).toEqual(['applications', 'meta', 'problems']);
  });
});

describe('diffDrafts: the 说明 of accepted warnings', () => {
  it('names each check whose 说明 was written, rewritten or removed, and nothing else', () => {
    const a = reportToDraft(qufuReport());
    const before = {
      ...a,
      explanations: {
        'fee-unexplained': '本年未收费。',
        'narrative-number:x': '文字含已废止件数。',
        same: '不变',
      },
    };
    const after = {
      ...a,
      explanations: {
        'narrative-number:x': '文字所述为全县件数，表格为本机关件数。',
        same: '不变',
        'carry-over': '新写',
      },
    };
    const d = diffDrafts(before, after);
    expect(d.explanations.sort()).toEqual(['carry-over', 'fee-unexplained', 'narrative-number:x']);
    expect(d.cells).toEqual([]);
    expect(d.fields).toEqual([]);
  });
});

describe('changedSentences', () => {
  it('returns added or rewritten sentences only', () => {
    expect(
      changedSentences('一是加强培训。二是完善制度。', '一是加强培训。二是健全制度。三是强化考核。'),
    ).toEqual(['二是健全制度。', '三是强化考核。']);
  });
});
