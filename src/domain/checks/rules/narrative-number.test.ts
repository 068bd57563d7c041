import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../report/cell-address';
import type { ReportDraft } from '../../report/report-schema';
import { failed, fixtureDraft, resultOf, run, withCells } from '../test-kit';

const saying = (
  text: string,
  key: 'onRequest' | 'management' = 'onRequest',
  base = fixtureDraft(),
): ReportDraft => ({
  ...base,
  overview: { ...base.overview, [key]: text },
});

// Fixture tables: 一 23, 二 0, （七） 23, 四 0, 复议/诉讼 0, 行政规范性文件现行有效 11.
describe('narrative-number', () => {
  it.each([
    ['共收到依申请公开件23件', 'received', 'passed'],
    ['共收到依申请公开件25件', 'received', 'failed'],
    ['受理政府信息公开申请二十三件', 'received', 'passed'],
    ['受理政府信息公开申请二十二件', 'received', 'failed'],
    ['办结23件', 'handled', 'passed'],
    ['办结21件', 'handled', 'failed'],
    ['结转下年度办理2件', 'carriedForward', 'failed'],
    ['结转下年度办理0件', 'carriedForward', 'passed'],
    ['上年结转1件', 'carriedOver', 'failed'],
    ['发生行政复议1起', 'reconsideration', 'failed'],
    ['发生行政诉讼0起', 'litigation', 'passed'],
    ['现行有效的规范性文件19件', 'normativeInForce', 'failed'],
    ['现行有效的规范性文件11件', 'normativeInForce', 'passed'],
    // Fixture: （一）予以公开 0, （二）部分公开 3.
    ['予以公开及部分公开3件', 'grantedAndPartial', 'passed'],
    ['予以公开及部分公开5件', 'grantedAndPartial', 'failed'],
    ['予以公开0件', 'granted', 'passed'],
    ['予以公开3件（含部分公开）', 'granted', 'passed'],
    ['予以公开4件', 'granted', 'failed'],
    ['部分公开3件', 'partiallyGranted', 'passed'],
    ['部分公开1件', 'partiallyGranted', 'failed'],
    // Fixture: 不予公开 1 (三类内部事务), 无法提供 19, 不予处理 0, 其他处理 0.
    ['不予公开答复1件', 'withheld', 'passed'],
    ['无法提供19件', 'unavailable', 'passed'],
    ['因无法提供相关信息答复2件', 'unavailable', 'failed'],
    ['其他处理2件', 'otherHandling', 'failed'],
    ['不予处理0件', 'notProcessed', 'passed'],
  ])('「%s」 → %s %s', (text, metric, status) => {
    const r = run(saying(text));
    const res = resultOf(r, `narrative-number:overview.onRequest:${metric}`);
    expect(res.status).toBe(status);
    expect(res.severity).toBe('warning');
    expect(res.fields).toEqual(['overview.onRequest']);
    expect(res.message).toContain(`“${text}”`);
  });

  it('quotes the sentence and the table value', () => {
    const res = resultOf(
      run(saying('共收到依申请公开件25件。')),
      'narrative-number:overview.onRequest:received',
    );
    expect(res.message).toBe(
      '一、总体情况（二）依申请公开情况“共收到依申请公开件25件”中的25与表格不一致：「一、本年新收政府信息公开申请数量」总计为23，一＋二总计为23',
    );
    expect(res.cells).toContain(cellId(cellAddress('applications', 'newReceived', 'total')));
  });

  it('outside 依申请公开, 「受理」 of something else is no application count (「全年受理网络问政182件」)', () => {
    const other = run(saying('全年共发布信息249条。全年受理网络问政182件。', 'management'));
    expect(other.results.some((x) => x.id.startsWith('narrative-number:overview.management:received'))).toBe(
      false,
    );
    // …but a sentence there that names the applications is still compared.
    const named = run(saying('全年共受理政府信息公开申请25件。', 'management'));
    expect(resultOf(named, 'narrative-number:overview.management:received').status).toBe('failed');
    // In 依申请公开 itself the part says what is counted.
    expect(
      resultOf(run(saying('全年受理182件。')), 'narrative-number:overview.onRequest:received').status,
    ).toBe('failed');
  });

  it('accepts 一＋二 for 「收到」', () => {
    const draft = withCells(saying('共收到申请25件'), {
      [cellId(cellAddress('applications', 'carriedOver', 'natural'))]: '2',
      [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '2',
    });
    const res = resultOf(run(draft), 'narrative-number:overview.onRequest:received');
    expect(res.status).toBe('passed');
  });

  // 一 23, 二 4, （七）总计 21 (and 四 6): 「依申请公开N件」 with no verb may count any of 23, 27, 21;
  // 「收到」 only 23 or 27.
  it.each([
    ['全年依申请公开21件', 'applications', 'passed'],
    ['全年依申请公开27件', 'applications', 'passed'],
    ['全年依申请公开25件', 'applications', 'failed'],
    ['共收到申请21件', 'received', 'failed'],
  ])('「%s」 with 二 and 四 → %s %s', (text, metric, status) => {
    const draft = withCells(saying(text), {
      [cellId(cellAddress('applications', 'carriedOver', 'natural'))]: '4',
      [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '6',
      [cellId(cellAddress('applications', 'partiallyGranted', 'natural'))]: '1',
    });
    expect(resultOf(run(draft), `narrative-number:overview.onRequest:${metric}`).status).toBe(status);
  });

  it('does not compare the fixture’s 19 规范性文件 of 全市 (every organ of the city) with its own table’s 11', () => {
    const r = run(
      saying('重新整理全市现行有效的规范性文件19件，在“市级规范性文件管理平台”专栏统一发布', 'management'),
    );
    expect(failed(r, 'narrative-number')).toEqual([]);
  });

  it('warns on the organ’s own 19 规范性文件 against its table’s 11, with a hint about scope', () => {
    const res = resultOf(
      run(saying('重新整理现行有效的规范性文件19件，在专栏统一发布', 'management')),
      'narrative-number:overview.management:normativeInForce',
    );
    expect(res.status).toBe('failed');
    expect(res.message).toContain('19');
    expect(res.message).toContain('「行政规范性文件」现行有效件数为11');
    expect(res.hint).toContain('全市');
  });

  it('is pending while the table cell is blank', () => {
    const draft = withCells(saying('发生行政复议1起'), {
      [cellId(cellAddress('appeals', 'reconsideration', 'upheld'))]: '',
    });
    expect(resultOf(run(draft), 'narrative-number:overview.onRequest:reconsideration').status).toBe(
      'pending',
    );
  });

  it('numbers repeated statements of one metric in one field', () => {
    const r = run(saying('收到申请10件。全年共收到申请23件。'));
    expect(resultOf(r, 'narrative-number:overview.onRequest:received').status).toBe('failed');
    expect(resultOf(r, 'narrative-number:overview.onRequest:received:2').status).toBe('passed');
  });

  it('scans every narrative, including 六', () => {
    const d = fixtureDraft();
    const draft = {
      ...d,
      otherMatters: { ...d.otherMatters, statisticsNotes: '结转下年度办理2件，因需征求第三方意见。' },
    };
    expect(resultOf(run(draft), 'narrative-number:otherMatters.statisticsNotes:carriedForward').status).toBe(
      'failed',
    );
  });

  it('passes the fixture’s own sentence (23, not the 8 协助调查件)', () => {
    const r = run(fixtureDraft());
    const found = r.results.filter((x) => x.id.startsWith('narrative-number'));
    expect(found.map((x) => [x.id, x.status])).toEqual([
      ['narrative-number:overview.onRequest:received', 'passed'],
    ]);
  });
});

describe('narrative-number: a count split by a line break (PDF text, nianbao issue 18)', () => {
  it('「受理政府\\n信息公开申请 17 件」 against a table of 95 is flagged', () => {
    const draft = withCells(saying('本年度受理政府\n信息公开申请 17 件，均已答复。'), {
      [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '95',
      [cellId(cellAddress('applications', 'partiallyGranted', 'natural'))]: '95',
    });
    const res = resultOf(run(draft), 'narrative-number:overview.onRequest:received');
    expect(res.status).toBe('failed');
    expect(res.message).toContain('17');
    expect(res.message).toContain('95');
  });
});
