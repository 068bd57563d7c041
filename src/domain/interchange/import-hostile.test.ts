// Hostile and broken files: each is rejected whole with a Chinese message, never an uncaught throw.
import { describe, expect, it } from 'vitest';
import { importReport } from './import-report';
import type { JsonObject } from './read-json-text';
import { MAX_REPORT_FILE_BYTES } from './read-json-text';
import { deleteAt, exportFixture, fixtureFileObject, setAt } from './test-files';

const CHINESE = /[\u4e00-\u9fff]/;
const edit = (f: (file: JsonObject) => JsonObject | unknown) => async () =>
  JSON.stringify(f(await fixtureFileObject()));
const raw = (text: string) => async () => text;
/** Replaces the JSON of one cell by arbitrary text (for literals JSON.stringify cannot write). */
const literalAt = (cell: string, literal: string) => async () => {
  const marker = 987654321;
  const text = JSON.stringify(setAt(await fixtureFileObject(), cell, marker));
  return text.replace(String(marker), literal);
};
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const cases: [name: string, make: () => Promise<string>, expected: string][] = [
  ['empty file', raw(''), '文件为空'],
  ['whitespace only', raw('  \n\t'), '文件为空'],
  ['null', raw('null'), '这不是政府信息公开工作年度报告文件'],
  ['an array', raw('[1,2,3]'), '这不是政府信息公开工作年度报告文件'],
  ['a number', raw('42'), '这不是政府信息公开工作年度报告文件'],
  ['a string', raw('"年报"'), '这不是政府信息公开工作年度报告文件'],
  ['another JSON object', raw('{"name":"package","version":"1.0.0"}'), '这不是政府信息公开工作年度报告文件'],
  [
    'wrong format id',
    edit((f) => setAt(f, 'format', 'gov-info-disclosure-annual-report-v2')),
    '这不是政府信息公开工作年度报告文件',
  ],
  ['a backup file', edit((f) => setAt(f, 'format', 'gov-info-disclosure-annual-report-backup')), '备份文件'],
  [
    'truncated JSON',
    async () => (await exportFixture()).slice(0, 5000),
    '不是有效的JSON文件（可能已损坏或不完整）',
  ],
  ['NaN literal', literalAt('report.applications.granted.natural', 'NaN'), '不是有效的JSON文件'],
  ['Infinity literal', literalAt('report.applications.granted.natural', 'Infinity'), '不是有效的JSON文件'],
  [
    '1e400 (parses to Infinity)',
    literalAt('report.applications.granted.natural', '1e400'),
    'report.applications.granted.natural',
  ],
  ['1e400 as a fee', literalAt('report.proactive.fees.amount', '1e400'), 'report.proactive.fees.amount'],
  [
    '"NaN" as a string',
    edit((f) => setAt(f, 'report.applications.granted.natural', 'NaN')),
    '「（一）予以公开 — 自然人」（report.applications.granted.natural）应为数字',
  ],
  [
    '"12" as a string',
    edit((f) => setAt(f, 'report.appeals.reconsideration.upheld', '12')),
    '「行政复议 — 结果维持」（report.appeals.reconsideration.upheld）应为数字',
  ],
  [
    'a history entry whose revision is 2^53−1 (a counter past its bound)',
    edit((f) =>
      setAt(f, 'review.history', [
        {
          action: 'submit',
          actor: '甲',
          at: '2022-01-20T08:30:00.000Z',
          from: 'draft',
          to: 'submitted',
          note: '',
          revision: 2 ** 53 - 1,
        },
      ]),
    ),
    'review.history[0].revision 保存次数超出范围',
  ],
  [
    'a negative count',
    edit((f) => setAt(f, 'report.applications.granted.natural', -1)),
    '「（一）予以公开 — 自然人」（report.applications.granted.natural）不能为负数',
  ],
  [
    '1.5 in a count',
    edit((f) => setAt(f, 'report.applications.granted.natural', 1.5)),
    '「（一）予以公开 — 自然人」（report.applications.granted.natural）应为非负整数',
  ],
  [
    'a fee with 7 decimals',
    edit((f) => setAt(f, 'report.proactive.fees.amount', 1.1234567)),
    '收费金额最多保留6位小数',
  ],
  [
    'a boolean count',
    edit((f) => setAt(f, 'report.proactive.licensing.decisions', true)),
    'report.proactive.licensing.decisions',
  ],
  ['a string year', edit((f) => setAt(f, 'report.meta.year', '2021')), 'report.meta.year'],
  ['a number narrative', edit((f) => setAt(f, 'report.overview.intro', 5)), 'report.overview.intro 应为文字'],
  [
    'an unknown report kind',
    edit((f) => setAt(f, 'report.meta.reportKind', 'county')),
    '「报告类型」（report.meta.reportKind）取值应为：department、government',
  ],
  ['an unknown review status', edit((f) => setAt(f, 'review.status', 'done')), 'review.status'],
  ['an invalid report id', edit((f) => setAt(f, 'report.id', '../etc/passwd')), 'report.id'],
  [
    '__proto__ key',
    raw('{"format":"gov-info-disclosure-annual-report","__proto__":{"polluted":true}}'),
    '__proto__',
  ],
  [
    'nested __proto__ key',
    edit((f) => setAt(f, 'report.explanations', JSON.parse('{"__proto__":{"x":1}}'))),
    '__proto__',
  ],
  ['constructor key', edit((f) => setAt(f, 'report.explanations', { constructor: '说明' })), 'constructor'],
  ['prototype key', edit((f) => setAt(f, 'review', { prototype: {} })), 'prototype'],
  [
    'a 10 MB string in a narrative',
    edit((f) => setAt(f, 'report.overview.proactive', 'x'.repeat(10 * 1024 * 1024))),
    'report.overview.proactive 文字过长',
  ],
  ['a file over the size limit', async () => ' '.repeat(MAX_REPORT_FILE_BYTES + 1), '文件过大'],
  [
    'multi-byte text over the size limit',
    async () => `"${'年'.repeat(MAX_REPORT_FILE_BYTES / 3 + 10)}"`,
    '文件过大',
  ],
  [
    'unknown future formatVersion',
    edit((f) => setAt(f, 'formatVersion', 2)),
    '较新版本的程序导出（格式版本2）',
  ],
  ['formatVersion as a string', edit((f) => setAt(f, 'formatVersion', '1')), '格式版本号'],
  ['negative formatVersion', edit((f) => setAt(f, 'formatVersion', -1)), '不支持的文件格式版本（-1）'],
  ['missing formatVersion', edit((f) => deleteAt(f, 'formatVersion')), '格式版本号'],
  ['deep nesting, 10,000 levels', raw(nested(10_000)), '嵌套过深'],
  ['deep nesting inside a narrative', literalAt('report.overview.intro', nested(10_000)), '嵌套过深'],
  ['deep nesting, 100,000 levels', raw(`{"a":${nested(100_000)}}`), '嵌套过深'],
  [
    'a huge array in review.comments',
    edit((f) =>
      setAt(
        f,
        'review.comments',
        Array.from({ length: 20_000 }, () => ({})),
      ),
    ),
    'review.comments',
  ],
  [
    'an array over the structural limit',
    edit((f) => setAt(f, 'review.history', new Array(200_000).fill(0))),
    '项目过多',
  ],
  [
    'a missing row',
    edit((f) => deleteAt(f, 'report.applications.granted')),
    'report.applications.granted 缺少此项',
  ],
  [
    'a missing cell',
    edit((f) => deleteAt(f, 'report.appeals.litigationDirect.pending')),
    '「行政诉讼（未经复议直接起诉） — 尚未审结」（report.appeals.litigationDirect.pending）缺少此项',
  ],
  ['a missing review', edit((f) => deleteAt(f, 'review')), 'review 缺少此项'],
  ['a missing digest', edit((f) => deleteAt(f, 'digest')), 'digest 缺少此项'],
  [
    'a malformed digest',
    edit((f) => setAt(f, 'digest.value', 'abc')),
    'digest.value 校验码应为64位小写十六进制',
  ],
  ['an extra top-level key', edit((f) => setAt(f, 'extra', 1)), '（文件根） 含有未知字段：extra'],
  [
    'an extra cell',
    edit((f) => setAt(f, 'report.applications.granted.robots', 1)),
    'report.applications.granted 含有未知字段：robots',
  ],
  [
    'an extra row',
    edit((f) => setAt(f, 'report.applications.other', {})),
    'report.applications 含有未知字段：other',
  ],
  [
    'a bad comment time',
    edit((f) =>
      setAt(f, 'review.comments', [
        {
          id: 'a',
          anchor: { kind: 'cell', target: 'x' },
          author: '',
          at: 'yesterday',
          text: '',
          resolved: false,
          replies: [],
        },
      ]),
    ),
    'review.comments[0].at 时间格式不正确',
  ],
];

describe('importReport rejects hostile and broken files', () => {
  it.each(cases)('%s', async (_name, make, expected) => {
    const result = await importReport(await make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(CHINESE);
    expect(result.error).toContain(expected);
  });

  it('does not pollute Object.prototype', async () => {
    await importReport('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names at most five bad paths, then the count', async () => {
    const file = await fixtureFileObject();
    for (const col of ['natural', 'business', 'research', 'publicInterest', 'legal', 'otherOrg'])
      setAt(file, `report.applications.granted.${col}`, -1);
    const result = await importReport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.error.startsWith(
        '文件格式不正确：「（一）予以公开 — 自然人」（report.applications.granted.natural）不能为负数；',
      ),
    ).toBe(true);
    expect(result.error.match(/不能为负数/g)).toHaveLength(5);
    expect(result.error).toContain('等共6处问题');
    expect(result.error).not.toContain('otherOrg');
  });

  it('never throws, even when handed something that is not a string', async () => {
    for (const value of [undefined, null, 42, {}, Symbol('x')])
      await expect(importReport(value as unknown as string)).resolves.toMatchObject({ ok: false });
  });
});
