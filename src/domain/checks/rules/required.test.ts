import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../report/cell-address';
import { emptyDraft } from '../../report/empty-report';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

describe('required', () => {
  it('passes on the filled fixture, one result per table', () => {
    const r = run(fixtureDraft());
    for (const t of ['proactive', 'applications', 'appeals'])
      expect(resultOf(r, `required:${t}`).status).toBe('passed');
  });

  it.each([
    [
      cellId(cellAddress('applications', 'newReceived', 'natural')),
      'required:applications',
      '一、本年新收政府信息公开申请数量 — 自然人',
    ],
    [
      cellId(cellAddress('proactive', 'fees', 'amount')),
      'required:proactive',
      '行政事业性收费 — 本年收费金额（单位：万元）',
    ],
    [
      cellId(cellAddress('appeals', 'litigationDirect', 'pending')),
      'required:appeals',
      '行政诉讼（未经复议直接起诉） — 尚未审结',
    ],
  ])('a blank %s fails %s and names the cell', (cell, id, label) => {
    const r = run(withCells(fixtureDraft(), { [cell]: '  ' }));
    const res = resultOf(r, id);
    expect(res).toMatchObject({ status: 'failed', severity: 'error', cells: [cell] });
    expect(res.message).toContain(label);
    expect(res.message).toContain('空白不等于0');
  });

  it('treats 「0」 and 「/」 as filled, not blank', () => {
    const r = run(
      withCells(fixtureDraft(), {
        [cellId(cellAddress('appeals', 'reconsideration', 'upheld'))]: '/',
        [cellId(cellAddress('proactive', 'fees', 'amount'))]: '0',
      }),
    );
    expect(resultOf(r, 'required:appeals').status).toBe('passed');
    expect(resultOf(r, 'required:proactive').status).toBe('passed');
  });

  it('lists every blank cell of an empty draft and counts them in the message', () => {
    const r = run(emptyDraft({ id: 'e', agencyName: '某局', year: 2021, reportKind: 'department' }));
    const apps = resultOf(r, 'required:applications');
    expect(apps.cells).toHaveLength(144);
    expect(apps.message).toContain('等144个');
    expect(resultOf(r, 'required:proactive').cells).toHaveLength(10);
    expect(resultOf(r, 'required:appeals').cells).toHaveLength(12);
  });
});
