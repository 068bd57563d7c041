// Any input imports without throwing: garbage gives an empty-ish draft and says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId, INPUT_CELLS, parseCellId } from '../report/cell-address';
import { APPLICATION_ROW_LABELS, PART_KEYS, PART_TITLES, PROACTIVE_ROW_LABELS } from '../report/labels';
import { reportDraftSchema } from '../report/report-schema';
import { htmlToText } from './html-to-text';
import type { TextImportResult } from './import-summary';
import { IMPORT_FAILED, importPublishedText } from './import-text';

function expectWellFormed(r: TextImportResult): void {
  expect(reportDraftSchema.safeParse(r.draft).success).toBe(true);
  expect(r.summary.warnings.some((w) => w.startsWith(IMPORT_FAILED))).toBe(false);
  for (const n of [...r.summary.numbers, ...r.summary.unread, ...r.summary.totalMismatches])
    expect(parseCellId(n.cell)).not.toBeNull();
  expect(new Set(r.summary.unread.map((u) => u.cell)).size).toBe(r.summary.unread.length);
  expect(new Set(r.summary.numbers.map((u) => u.cell)).size).toBe(r.summary.numbers.length);
  expect(new Set(r.summary.warnings).size).toBe(r.summary.warnings.length);
}

/** Pieces of real reports, so that random texts reach the table and narrative readers. */
const fragment = fc.oneof(
  fc.constantFrom(
    ...Object.values(PART_TITLES),
    ...Object.values(APPLICATION_ROW_LABELS),
    ...Object.values(PROACTIVE_ROW_LABELS),
  ),
  fc.constantFrom(
    '\t',
    '\n',
    '\n\n',
    ' ',
    '0',
    '23',
    '１２',
    '/',
    '—',
    '（一）',
    '（六）其他处理',
    '针对上述不足，',
    '：无。',
    '2021年',
  ),
  fc.string({ maxLength: 8 }),
);

describe('robustness', () => {
  it('garbage: no parts, no numbers, a warning that says so', () => {
    const r = importPublishedText('这不是年度报告。hello 123\n\t45\t6');
    expectWellFormed(r);
    expect(r.summary.partsFound).toEqual([]);
    expect(r.summary.partsMissing).toEqual(PART_KEYS);
    expect(r.summary.numbers).toEqual([]);
    expect(r.summary.narrativesFound).toEqual([]);
    expect(r.summary.warnings[0]).toContain('未识别到年度报告的任何部分标题');
    expect(r.summary.warnings).toContain('未找到机关名称，请导入后在「报告信息」中填写。');
    expect(r.summary.unread.map((u) => u.cell)).toEqual(INPUT_CELLS.map(cellId));
  });

  it.each([
    [''],
    ['\n\n\t\t'],
    ['<'],
    ['\u0000\uFFFF\uD800'],
    ['一、总体情况'],
    ['三、收到和处理政府信息公开申请情况\n1 2 3'],
  ])('odd input %j', (text) => expectWellFormed(importPublishedText(text)));

  it('non-string input from untyped callers', () => {
    expectWellFormed(importPublishedText(undefined as unknown as string));
  });

  it('an invalid id is replaced by a stable one derived from the text', () => {
    const a = importPublishedText('x', { id: '../evil' });
    expect(a.draft.id).toMatch(/^import-[0-9a-f]{8}$/);
    expect(importPublishedText('x').draft.id).toBe(a.draft.id);
  });

  it('fast-check: arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        expectWellFormed(importPublishedText(text));
      }),
      { numRuns: 150 },
    );
  });

  it('fast-check: texts made of report pieces never throw', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 200 }), (pieces) => {
        expectWellFormed(importPublishedText(pieces.join('')));
      }),
      { numRuns: 150 },
    );
  });

  it('fast-check: the fixture with a random slice cut out never throws', () => {
    fc.assert(
      fc.property(fc.nat(qufuText.length), fc.nat(2000), (at, length) => {
        expectWellFormed(importPublishedText(qufuText.slice(0, at) + qufuText.slice(at + length)));
      }),
      { numRuns: 60 },
    );
  });

  it('fast-check: arbitrary HTML through htmlToText never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        expectWellFormed(importPublishedText(htmlToText(html)));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    [
      'one long line',
      `三、收到和处理政府信息公开申请情况\n${'数'.repeat(200_000)}1${'（一）'.repeat(20_000)}`,
    ],
    ['fifty thousand table rows', `三、收到和处理政府信息公开申请情况\n${'3.其他 1 2\n'.repeat(50_000)}`],
    ['fifty thousand sub-item markers', `一、总体情况\n${'（一）主动公开情况\n（二）x\n'.repeat(25_000)}`],
    [
      'a million characters of labels',
      Object.values(APPLICATION_ROW_LABELS).join('\t0\n').repeat(600).slice(0, 1_000_000),
    ],
  ])('hostile input stays fast: %s', (_name, text) => {
    // Finishes within the test timeout (no catastrophic backtracking) with a well-formed result.
    expectWellFormed(importPublishedText(text));
  });
});

describe('cells written with their unit or as 「无」 (nianbao issue 18)', () => {
  const lines = qufuText.split('\n');
  const row = (label: string) => lines.findIndex((l) => l.trim() === label) + 1;
  it.each([
    ['1234件', '0.5万元', '1234', '0.5'],
    ['1234', '无', '1234', '0'],
    ['无', '0', '0', '0'],
  ])('行政许可 %s, 行政事业性收费 %s', (licensing, fees, wantLicensing, wantFees) => {
    const changed = [...lines];
    changed[row('行政许可')] = `\t${licensing}`;
    changed[row('行政事业性收费')] = `\t${fees}`;
    const r = importPublishedText(changed.join('\n'));
    expect([r.draft.proactive.licensing.decisions, r.draft.proactive.fees.amount]).toEqual([
      wantLicensing,
      wantFees,
    ]);
  });
  it('「500元」 in the 万元 column is not converted: left unread with where it looked', () => {
    const changed = [...lines];
    changed[row('行政事业性收费')] = '\t500元';
    const r = importPublishedText(changed.join('\n'));
    expect(r.draft.proactive.fees.amount).toBe('');
    expect(
      r.summary.unread.find((u) => u.cell === cellId(cellAddress('proactive', 'fees', 'amount')))?.reason,
    ).toMatch(/行政事业性收费/u);
  });
});
