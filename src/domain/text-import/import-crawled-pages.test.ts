// Crawled one-line pages in shapes the real 平潭 reports of 2021–2025 took (nianbao issue 18):
// rows whose spaces were half lost with the 总计 column printed 0, a 2021-layout part 二 in a report
// whose part 三 prints the single 2019 「（六）其他处理」 row.
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import { cellAddress, cellId } from '../report/cell-address';
import { APPLICATION_GROUP_LABELS, APPLICATION_ROW_LABELS } from '../report/labels';
import { importPublishedText } from './import-text';
import { crawledPage } from './test-crawled-page';

const TODAY = new Date(2026, 1, 15);

describe('a half-spaced row whose 总计 is printed 0 (「100 0 0 00」, 平潭旅文体局 2025)', () => {
  const text = crawledPage({
    rows: { newReceived: '100 0 0 00', unavailableNotHeld: '10 0 0 0 00', totalHandled: '10 0 0 0 00' },
  });
  const r = importPublishedText(text);
  it('is read as printed: seven digits for seven cells, one a cell', () => {
    expect(r.draft.applications.newReceived.natural).toBe('1');
    expect(r.draft.applications.unavailableNotHeld.natural).toBe('1');
    expect(r.summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
  });
  it('and its 总计 is the print’s own mismatch, not an unreadable row', () => {
    const ids = auditTexts([text], TODAY)[0]!.findings.map((f) => f.id);
    const total = (row: 'newReceived' | 'totalHandled') =>
      `import:total:${cellId(cellAddress('applications', row, 'total'))}`;
    expect(ids).toContain(total('newReceived'));
    expect(ids).toContain(total('totalHandled'));
    expect(ids.filter((id) => id.startsWith('import:total:run:'))).toEqual([]);
  });
  it('numbers spaced apart without a zero-led piece stay a question (blank cells may have left no place)', () => {
    const spaced = importPublishedText(
      crawledPage({ rows: { newReceived: '12 3 1 5', totalHandled: '12 3 1 5' } }),
    );
    expect(spaced.draft.applications.newReceived.natural).toBe('');
  });
});

describe('part 二 in the 2021 layout, part 三 with the single 「（六）其他处理」 row (平潭执法应急局 2021)', () => {
  const single = crawledPage().replace(
    /（六）其他处理1\.申请人无正当理由.*?3\.其他0000000/u,
    `${APPLICATION_GROUP_LABELS.otherHandling}0000000`,
  );
  const r = importPublishedText(single);
  it('the text is the shape meant', () => {
    expect(single).not.toContain(APPLICATION_ROW_LABELS.otherNoCorrection);
    expect(r.summary.format).toBe('2019');
  });
  it('part 二’s glued rows are cut in part 二’s own columns (「规章000」 = 0 / 0 / 0)', () => {
    expect(r.draft.proactive.regulations).toEqual({ issued: '0', repealed: '0', inForce: '0' });
    expect(r.draft.proactive.normativeDocuments).toEqual({ issued: '0', repealed: '0', inForce: '0' });
    expect(r.summary.unread).toEqual([]);
  });
});

describe('parts headed in the author’s words (平潭君山片区 2025: seven parts)', () => {
  const text = crawledPage({
    overview:
      '一、年度工作核心成效（一）主动公开多点发力，覆盖范围持续拓宽。全年主动公开政府信息55条。（二）依申请公开规范高效。共受理申请1件。（三）信息管理体系健全。（四）公开平台优化升级。',
    rows: { newReceived: '1000001', partiallyGranted: '1000001', totalHandled: '1000001' },
    appeals: '100010000000000',
    tail: ' 五、当前存在的突出问题过去一年中，信息公开的时效性有待进一步提升。六、下一步改进举措 针对上述问题，我局将优化信息更新机制。七、其他需说明事项2025年度，全年未产生政府信息公开信息处理费。 平潭综合实验区某某局 2026年1月22日',
  });
  const r = importPublishedText(text);
  it('finds the six parts under the author’s headings, in the format’s order', () => {
    expect(r.summary.partsMissing).toEqual([]);
    expect(r.draft.appeals.reconsideration.upheld).toBe('1');
    expect(r.draft.meta.publishDate).toBe('2026-01-22');
  });
  it('part 五 printed in two: the problems, then 「六、下一步改进举措」 as the improvements', () => {
    expect(r.draft.problems.problems).toBe('过去一年中，信息公开的时效性有待进一步提升。');
    expect(r.draft.problems.improvements).toBe('针对上述问题，我局将优化信息更新机制。');
    // Part 六 is the fee statement alone: （一） 信息处理费收取情况 (read-narratives.ts splitByTopics).
    expect(r.draft.otherMatters.processingFees).toMatch(/^2025年度，全年未产生政府信息公开信息处理费。$/u);
  });
  it('tells the clerk which heading was taken for which part', () => {
    expect(r.summary.warnings).toContain(
      '原文部分标题为作者自拟，已按内容对应：「一、年度工作核心成效」作为「一、总体情况」，「五、当前存在的突出问题」「六、下一步改进举措」作为「五、存在的主要问题及改进情况」，「七、其他需说明事项」作为「六、其他需要报告的事项」导入，请核对。',
    );
  });
  it('the same report copied with its headings on lines of their own', () => {
    const lines = text
      .replace(
        /(一、年度工作核心成效|五、当前存在的突出问题|六、下一步改进举措|七、其他需说明事项)/gu,
        '\n$1\n',
      )
      .replace(
        /(二、主动公开政府信息情况|三、收到和处理政府信息公开申请情况|四、政府信息公开行政复议、行政诉讼情况)/gu,
        '\n$1\n',
      );
    const l = importPublishedText(lines);
    expect(l.summary.partsMissing).toEqual([]);
    expect(l.draft.problems.improvements).toBe('针对上述问题，我局将优化信息更新机制。');
  });
  it('an ordinary report takes none of this: 「一、」 in a sentence list, 「五、」 on another subject', () => {
    const plain = importPublishedText(crawledPage());
    expect(plain.summary.warnings.filter((w) => w.includes('作者自拟'))).toEqual([]);
    expect(plain.summary.partsMissing).toEqual([]);
  });
});

describe('part 六 headed 「六、需要说明的其他事项与附表」 (平潭农业农村局 2025)', () => {
  const r = importPublishedText(
    crawledPage({
      tail: '五、存在的主要问题及改进情况 队伍专业能力有待提升。下一步要加强培训。六、需要说明的其他事项与附表无。',
    }),
  );
  it('is part 六, its answer 「无」', () => {
    expect(r.summary.partsMissing).toEqual([]);
    expect(Object.values(r.draft.otherMatters).join('')).toContain('无');
  });
});

describe('the newer layout: part 五 the fee table, part 六 the problems, no 其他需要报告的事项 (平潭金井片区 2025)', () => {
  const tail =
    '五、信息处理费收取情况通知收取件数通知收取金额（元）实际收取金额（元）000六、存在的主要问题及改进措施2025年，我局公开深度不足。对此，我局将加强培训。 平潭综合实验区某某局2026年1月20日';
  const text = crawledPage({ documents: '规范性文件001', appeals: '000000000000000', tail });
  const r = importPublishedText(text);
  it('part 四 ends at the fee table: its 15 zeros read, the table’s 000 not taken', () => {
    expect(r.draft.appeals.reconsideration).toEqual({
      upheld: '0',
      corrected: '0',
      other: '0',
      pending: '0',
    });
    expect(r.summary.runTogether.filter((x) => x.part === 'appeals').every((x) => x.status === 'read')).toBe(
      true,
    );
  });
  it('the fee numbers become part 六 （一）, the problems part 五; nothing reported missing', () => {
    expect(r.draft.otherMatters.processingFees).toBe('通知收取件数0件，通知收取金额0元，实际收取金额0元。');
    expect(r.draft.problems.problems).toBe('2025年，我局公开深度不足。');
    expect(r.draft.problems.improvements).toBe('对此，我局将加强培训。');
    expect(r.summary.partsMissing).toEqual([]);
    expect(r.draft.meta.publishDate).toBe('2026-01-20');
    const ids = auditTexts([text], TODAY)[0]!
      .findings.filter((x) => x.severity !== 'info')
      .map((x) => x.id);
    expect(
      ids.filter((id) => /^import:(missing|total)|^narrative-empty:(problems|otherMatters)/u.test(id)),
    ).toEqual([]);
  });
  it('the clerk is told, in plain Chinese, the layout and what went where', () => {
    expect(r.summary.warnings).toContain(
      '原文采用较新的版式：第五部分「五、信息处理费收取情况」为表格（通知收取件数、通知收取金额、实际收取金额），已作为「六、其他需要报告的事项」中的「（一）信息处理费收取情况」导入（通知收取件数0件，通知收取金额0元，实际收取金额0元）；原文第六部分「六、存在的主要问题及改进措施」已作为「五、存在的主要问题及改进情况」导入；原文没有「其他需要报告的事项」的其他各项。',
    );
  });
  it('part 二 without a 规章 row: its cells listed unread with why, never 0', () => {
    expect(r.draft.proactive.regulations).toEqual({ issued: '', repealed: '', inForce: '' });
    expect(r.draft.proactive.normativeDocuments).toEqual({ issued: '0', repealed: '0', inForce: '1' });
    const u = r.summary.unread.find((x) => x.cell.startsWith('proactive.regulations.'));
    expect(u?.reason).toBe('原文第二部分只列了「规范性文件」一行，未列「规章」，此行未读取');
  });
  it('the same layout with its headings on lines of their own', () => {
    const lines = text.replace(
      /(五、信息处理费收取情况|六、存在的主要问题及改进措施|四、政府信息公开行政复议、行政诉讼情况)/gu,
      '\n$1\n',
    );
    const l = importPublishedText(lines);
    expect(l.summary.partsMissing).toEqual([]);
    expect(l.draft.otherMatters.processingFees).toBe('通知收取件数0件，通知收取金额0元，实际收取金额0元。');
    expect(l.draft.problems.improvements).toBe('对此，我局将加强培训。');
  });
  it('a fee table inside an ordinary part 六 (市场监督管理局 2025): its glued digits kept as printed', () => {
    const inSix = importPublishedText(
      crawledPage({
        tail: `五、存在的主要问题及改进情况（一）存在的主要问题解读不够。（二）改进措施加强解读。六、其他需要报告的事项通知收取件数通知收取金额（元）实际收取金额（元）信息处理费收取情况18000根据《条例》，我局依申请提供政府信息，不收取费用。`,
      }),
    );
    expect(inSix.draft.otherMatters.processingFees).toMatch(
      /^信息处理费收取情况表.*「18000」.*不收取费用。$/u,
    );
    expect(inSix.summary.warnings.some((w) => w.includes('「18000」'))).toBe(true);
  });
});

describe('a report sent as a letter (平潭海坛片区 2021): 「此函」, the 落款, a 版记 with the printing line only', () => {
  const r = importPublishedText(
    crawledPage({
      tail: '五、存在的主要问题及改进情况（一）存在的主要问题解读不够。（二）改进措施加强解读。六、其他需要报告的事项本年度没有产生信息公开处理费。 此函 平潭综合实验区某某局 2022年1月7日 某某局党政办公室 2022年1月7日印发',
    }),
  );
  it('the 落款 date is the publish date, the printing line is not text, the organ stays', () => {
    expect(r.draft.meta.publishDate).toBe('2022-01-07');
    expect(r.draft.meta.agencyName).toBe('平潭综合实验区某某局');
    expect(Object.values(r.draft.otherMatters).join('')).not.toMatch(/印发|2022年1月7日/u);
  });
});

describe('「四、结转下年度继续办理 0 00000」: half-spaced zeros one digit short (平潭金井片区 2022)', () => {
  const r = importPublishedText(crawledPage({ rows: { carriedForward: ' 0 00000 ' } }));
  it('every reading is a row of zeros: read 0', () => {
    expect(r.draft.applications.carriedForward.natural).toBe('0');
    expect(r.draft.applications.carriedForward.otherOrg).toBe('0');
  });
  it('zeros spaced one by one stay a question', () => {
    const apart = importPublishedText(crawledPage({ rows: { carriedForward: ' 0 0 0 0 0 0 ' } }));
    expect(apart.draft.applications.carriedForward.natural).toBe('');
  });
});
