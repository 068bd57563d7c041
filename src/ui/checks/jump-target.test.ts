import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../domain/checks/types';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { jumpTarget } from './jump-target';

describe('jumpTarget: a check in 「校验结果」 leads to a cell or field shown on its own step', () => {
  it.each([
    {
      what: 'a balance error: the matrix step and its first cell',
      r: {
        part: 'applications',
        cells: [cellId(cellAddress('applications', 'newReceived', 'natural'))],
        fields: [],
      },
      step: 'applications',
      focus: cellId(cellAddress('applications', 'newReceived', 'natural')),
    },
    {
      what: '结转未说明: part 六, at the field to write in, not the matrix cell it names',
      r: {
        part: 'otherMatters',
        cells: [cellId(cellAddress('applications', 'carriedForward', 'total'))],
        fields: ['otherMatters.statisticsNotes'],
      },
      step: 'otherMatters',
      focus: 'otherMatters.statisticsNotes',
    },
    {
      what: 'a count in part 一 that differs from part 二: part 一, at the paragraph holding it',
      r: {
        part: 'overview',
        cells: [cellId(cellAddress('proactive', 'regulations', 'inForce'))],
        fields: ['overview.management'],
      },
      step: 'overview',
      focus: 'overview.management',
    },
    {
      what: '报告信息: the field',
      r: { part: 'meta', cells: [], fields: ['meta.year'] },
      step: 'meta',
      focus: 'meta.year',
    },
    {
      what: 'nothing on its step: the first target, as before',
      r: {
        part: 'otherMatters',
        cells: [cellId(cellAddress('applications', 'otherUnpaidFee', 'total'))],
        fields: [],
      },
      step: 'otherMatters',
      focus: cellId(cellAddress('applications', 'otherUnpaidFee', 'total')),
    },
    {
      what: 'no target at all',
      r: { part: 'meta', cells: [], fields: [] },
      step: 'meta',
      focus: undefined,
    },
  ] satisfies {
    what: string;
    r: Pick<CheckResult, 'part' | 'cells' | 'fields'>;
    step: string;
    focus: string | undefined;
  }[])('$what', ({ r, step, focus }) => {
    expect(jumpTarget(r)).toEqual({ step, focus });
  });
});
