import { describe, expect, it } from 'vitest';
import { APPEAL_GROUPS, PROACTIVE_ROWS } from '../report/keys';
import { MATRIX_LAYOUT } from './applications-table';
import {
  APPEALS_GUIDANCE,
  type Guidance,
  guidanceLines,
  MATRIX_GUIDANCE,
  PROACTIVE_GUIDANCE,
} from './guidance';

const all: [string, Guidance | undefined][] = [
  ...MATRIX_LAYOUT.map((r) => {
    const key = r.kind === 'group' ? r.group : r.key;
    return [`applications.${key}`, MATRIX_GUIDANCE[key]] as [string, Guidance | undefined];
  }),
  ...PROACTIVE_ROWS.map((k) => [`proactive.${k}`, PROACTIVE_GUIDANCE[k]] as [string, Guidance | undefined]),
  ...APPEAL_GROUPS.map((g) => [`appeals.${g}`, APPEALS_GUIDANCE[g]] as [string, Guidance | undefined]),
];

describe('填报说明 on every row of every table', () => {
  it('covers the 30 matrix rows and group rows, the 6 rows of part 二 and the 3 groups of part 四', () => {
    expect(all).toHaveLength(MATRIX_LAYOUT.length + 6 + 3);
    expect(MATRIX_LAYOUT).toHaveLength(30);
  });

  it.each(all)('%s says what it counts and cites an article or the format’s note, or none', (_key, g) => {
    expect(g).toBeDefined();
    expect(g!.counts.length).toBeGreaterThan(8);
    for (const b of g!.basis) {
      if (b.source === 'regulation') expect(b.article).toMatch(/^第[一二三四五六七八九十]+条/);
      for (const q of b.quotes ?? []) expect(q).not.toMatch(/[「」]/);
    }
    const lines = guidanceLines(g!);
    expect(lines.at(-1)?.startsWith('常见做法') || lines.at(-1)?.startsWith('填写：')).toBe(true);
  });

  it('words a rule of 《条例》 with its official text in 「」', () => {
    expect(guidanceLines(MATRIX_GUIDANCE.withheldStateSecret)).toContain(
      '依据：《中华人民共和国政府信息公开条例》第十四条：「依法确定为国家秘密的政府信息」',
    );
    expect(guidanceLines(MATRIX_GUIDANCE.notProcessedConfirmation)).toEqual([
      '填写：申请人要求行政机关确认、或重新出具其已经获取的信息的申请。',
    ]);
    expect(guidanceLines(MATRIX_GUIDANCE.otherOther).at(-1)).toBe(
      '常见做法（非法定要求）：申请人主动撤回的申请计入本项。',
    );
  });
});
