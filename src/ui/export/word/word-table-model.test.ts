import { describe, expect, it } from 'vitest';
import { qufuReport } from '../../../domain/fixtures/qufu-2021';
import { draftToReport } from '../../../domain/report/draft-convert';
import { emptyDraft } from '../../../domain/report/empty-report';
import {
  APPLICATION_ROW_LABELS,
  DECISIONS_LABEL,
  FEE_AMOUNT_LABEL,
  PROACTIVE_ROW_LABELS,
} from '../../../domain/report/labels';
import {
  appealsTableModel,
  applicationsTableModel,
  modelGrid,
  proactiveTableModel,
} from './word-table-model';

const layOut = modelGrid;

const report = qufuReport();
const blank = draftToReport(
  emptyDraft({ id: 'blank', agencyName: '测试局', year: 2024, reportKind: 'department' }),
);

describe.each([
  ['proactive', proactiveTableModel],
  ['applications', applicationsTableModel],
  ['appeals', appealsTableModel],
])('%s table model', (_name, build) => {
  it.each([
    ['fixture', report],
    ['blank', blank],
  ])('covers its grid exactly (%s)', (_n, r) => {
    expect(() => layOut(build(r))).not.toThrow();
  });
});

describe('modelGrid', () => {
  it('rejects a model with a hole', () => {
    expect(() =>
      layOut({ columnWeights: [1, 1], headerRows: 0, compact: false, rows: [[{ text: 'a', kind: 'num' }]] }),
    ).toThrow(/空洞/);
  });
});

describe('applications table model', () => {
  const grid = layOut(applicationsTableModel(report));
  const rowOf = (label: string) => grid.find((r) => r[2] === label);
  it.each([
    ['newReceived', 23],
    ['partiallyGranted', 3],
    ['withheldInternalAffairs', 1],
    ['unavailableNotHeld', 19],
    ['totalHandled', 23],
  ] as const)('puts %s = %i in the 自然人 and 总计 columns', (key, n) => {
    const row = rowOf(APPLICATION_ROW_LABELS[key]);
    expect(row?.[3]).toBe(String(n));
    expect(row?.[9]).toBe(String(n));
  });
  it('merges 三、本年度办理结果 over the 22 result rows and the sub-group over its items', () => {
    const merged = grid.filter((r) => r[0] === '三、本年度办理结果');
    expect(merged).toHaveLength(22);
    expect(grid.filter((r) => r[1] === '（三）不予公开')).toHaveLength(8);
  });
  it('leaves blank cells empty', () => {
    const g = layOut(applicationsTableModel(blank));
    expect(g.find((r) => r[2] === APPLICATION_ROW_LABELS.newReceived)?.slice(3)).toEqual(Array(7).fill(''));
  });
});

describe('proactive table model', () => {
  it('spans single-field sections over the value columns', () => {
    const grid = layOut(proactiveTableModel(report));
    expect(grid.find((r) => r[0] === PROACTIVE_ROW_LABELS.licensing)?.slice(1)).toEqual(['0', '0', '0']);
    expect(grid.filter((r) => r[1] === DECISIONS_LABEL)).toHaveLength(2);
    expect(grid.some((r) => r[1] === FEE_AMOUNT_LABEL && r[3] === FEE_AMOUNT_LABEL)).toBe(true);
    expect(grid.find((r) => r[0] === PROACTIVE_ROW_LABELS.normativeDocuments)?.slice(1)).toEqual([
      '1',
      '2',
      '11',
    ]);
  });
  it('writes fees with their decimals, never in exponent form', () => {
    const r = structuredClone(report);
    r.proactive.fees.amount = 0.000001;
    expect(layOut(proactiveTableModel(r)).find((row) => row[0] === PROACTIVE_ROW_LABELS.fees)?.[1]).toBe(
      '0.000001',
    );
    r.proactive.fees.amount = 24252.311082;
    expect(layOut(proactiveTableModel(r)).find((row) => row[0] === PROACTIVE_ROW_LABELS.fees)?.[1]).toBe(
      '24252.311082',
    );
  });
});
