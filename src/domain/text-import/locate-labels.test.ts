// Where row labels are found in a table's text: a short label is not taken from inside another row's
// label that the report numbered otherwise (「3.其他」 inside 「2.其他…」). Labels and numbers our own.
import { describe, expect, it } from 'vitest';
import { APPLICANT_HEADER, APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../report/labels';
import { labelNumbering, normalizeLabel } from './label-match';
import { type LabelCandidate, locateLabels } from './locate-labels';
import { tokenizeTable } from './table-tokens';

const candidates: LabelCandidate<string>[] = [
  { key: 'law', forms: ['其他法律行政法规禁止公开'], weight: 1, numbering: 2 },
  { key: 'other', forms: ['其他'], weight: 1, numbering: 3 },
];
const found = (lines: string[], list = candidates) =>
  locateLabels(tokenizeTable(lines), list).map((l) => `${l.key}:${l.text}`);

describe('labelNumbering', () => {
  it('reads the numbering a label starts with, in its usual styles', () => {
    expect(labelNumbering('3.其他')).toBe(3);
    expect(labelNumbering('３、其他')).toBe(3);
    expect(labelNumbering('（三）不予公开')).toBe(3);
    expect(labelNumbering('二、上年结转')).toBe(2);
    expect(labelNumbering('行政许可')).toBeNull();
    expect(labelNumbering('12.某某')).toBeNull();
  });
});

describe('locateLabels: the numbering a piece starts with', () => {
  it('does not find the short 「3.其他」 at the start of a piece numbered 2 whose own label is garbled', () => {
    // A row label in other characters (a converted page) that its own form does not match.
    expect(found(['2.其他法令規定禁止之事項 1 0 0 0 0 0 1'])).toEqual([]);
  });

  it('finds it on its own piece, and inside a piece not numbered', () => {
    expect(found(['3.其他 4 0 0 0 0 0 4'])).toEqual(['other:3.其他']);
    expect(found(['其他 4 0 0 0 0 0 4'])).toEqual(['other:其他']);
    // the same piece without a candidate numbering: as before
    expect(found(['2.其他法令規定禁止之事項 1'], [{ key: 'other', forms: ['其他'], weight: 1 }])).toEqual([
      'other:2.其他法令規定禁止之事項',
    ]);
  });

  it('still finds a long label that the report numbered wrongly', () => {
    expect(found(['5.其他法律行政法规禁止公开 2 0 0 0 0 0 2'])).toEqual(['law:5.其他法律行政法规禁止公开']);
  });
});

describe('locateLabels: chains that score the same', () => {
  // Part 三's column headers print 「其他」 and 「总计」, the bare forms of rows 「3.其他」 and 「（七）总计」.
  const L = APPLICATION_ROW_LABELS;
  const bare = (label: string) =>
    normalizeLabel(label.replace(/^(?:[一二三四]、|\d+\.|（[一二三四五六七]）)/u, ''));
  const rows: LabelCandidate<string>[] = [
    { key: 'new', forms: [bare(L.newReceived)], weight: 1, numbering: 1 },
    { key: 'carried', forms: [bare(L.carriedOver)], weight: 1, numbering: 2 },
    { key: 'other', forms: [bare(L.otherOther)], weight: 1, numbering: 3 },
    { key: 'total', forms: [bare(L.totalHandled)], weight: 1, numbering: 7 },
  ];
  const header = [APPLICANT_HEADER, Object.values(APPLICANT_LABELS).join(' ')];

  it('takes two whole row labels over two column headers in a table cut after its first two rows', () => {
    const lines = [...header, `${L.newReceived} 5 1 0 0 0 0 6`, '2 0 0 0 0 0 2', L.carriedOver];
    expect(found(lines, rows)).toEqual([`new:${L.newReceived}`, `carried:${L.carriedOver}`]);
  });

  it('still takes the short labels where their own rows are printed', () => {
    const lines = [
      ...header,
      `${L.newReceived} 5 1 0 0 0 0 6`,
      `${L.carriedOver} 2 0 0 0 0 0 2`,
      `${L.otherOther} 1 0 0 0 0 0 1`,
      `${L.totalHandled} 7 1 0 0 0 0 8`,
    ];
    expect(found(lines, rows)).toEqual([
      `new:${L.newReceived}`,
      `carried:${L.carriedOver}`,
      `other:${L.otherOther}`,
      `total:${L.totalHandled}`,
    ]);
  });
});
