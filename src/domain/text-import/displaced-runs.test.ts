// pdfplumber's `extract_text()` of a Chromium print (nianbao issue 18): each line's Latin runs
// (digits, addresses, quotes) on a line of their own after it, a gap where each stood. Made-up
// texts in that shape.
import { describe, expect, it } from 'vitest';
import { rejoinDisplacedRuns } from './displaced-runs';
import { importPublishedText } from './import-text';

const all = () => true;
const rejoin = (lines: string[]) => rejoinDisplacedRuns(lines, all);

describe('rejoinDisplacedRuns', () => {
  it('puts each run back into its gap, in order', () => {
    expect(
      rejoin([
        '本报告所列数据的统计期限自 年 月 日起至 年 月 日止。本报告',
        '2023 1 1 2023 12 31',
        '电子版可在本机关网站（ ）的 政府信息公开 专栏下载。',
        'www.example.gov.cn “ ”',
      ]),
    ).toEqual([
      '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告',
      '电子版可在本机关网站（www.example.gov.cn）的“政府信息公开”专栏下载。',
    ]);
  });

  it('uses a line’s start or end where a unit follows or a colon precedes', () => {
    expect(rejoin(['一、总体情况', '年，本机关认真贯彻落实《条例》，全面推进', '2023'])).toEqual([
      '一、总体情况',
      '2023年，本机关认真贯彻落实《条例》，全面推进',
    ]);
    expect(
      rejoin(['（地址：某某市某某区人民路', '12', '号，邮编： ，电话： ，邮箱：', '350000 0591-1234567']),
    ).toEqual(['（地址：某某市某某区人民路12', '号，邮编：350000，电话：0591-1234567，邮箱：']);
  });

  it('leaves letter-spaced labels’ spaces empty when the runs are fewer than the gaps', () => {
    expect(
      rejoin([
        '联系地址：某某大楼主楼 层；邮 编： ；电 话：',
        '6 350400 0591-',
        '；传真： ）。',
        '1234567 0591-7654321',
      ]),
    ).toEqual(['联系地址：某某大楼主楼6层；邮 编：350400；电 话：0591-', '1234567；传真：0591-7654321）。']);
  });

  it('puts a mark between two words (「电话/传真」), not at the end', () => {
    expect(rejoin(['楼 层；邮编： ；电话 传真：', '14 350400 /'])).toEqual([
      '楼14层；邮编：350400；电话/传真：',
    ]);
  });

  it('a unit opening the line after a line whose end took a run is not the start of a run', () => {
    expect(rejoin(['其中机构类信息 条，规划类信息', '67 48', '条，其他信息 条 对于主动', '124 )'])).toEqual([
      '其中机构类信息67条，规划类信息48',
      '条，其他信息124条)对于主动',
    ]);
  });

  it('a line opening with 「年」 takes a year there, not a count (「全」「年制定规章 件」)', () => {
    expect(
      rejoin([
        '全年主动公开率达到 。市政府全',
        '92%',
        '年制定规章 件、废止 件；制发规范性文件 件，废止',
        '2 1 15 6',
        '件。开展文件清理。',
      ]),
    ).toEqual([
      '全年主动公开率达到92%。市政府全',
      '年制定规章2件、废止1件；制发规范性文件15件，废止6',
      '件。开展文件清理。',
    ]);
  });

  it('fills measure words (「3起」) and a number broken by the wrap (「材料3」「86件」)', () => {
    expect(rejoin(['共办结 件，引发行政复议 起。', '72 3'])).toEqual(['共办结72件，引发行政复议3起。']);
    expect(
      rejoin(['发布政策 项，编制解读材料', '412 3', '件。全年征求意见', '86', '开展征求意见 次。', '63']),
    ).toEqual(['发布政策412项，编制解读材料3', '86件。全年征求意见', '开展征求意见63次。']);
  });

  it('a line takes one line of runs: a page number after it stays where it is', () => {
    expect(rejoin(['地址：人民路 号，电话：', '8 0591-1234567', '3', '，传真：0591-7654321。'])).toEqual([
      '地址：人民路8号，电话：0591-1234567',
      '3',
      '，传真：0591-7654321。',
    ]);
  });

  it('leaves the lines as they are where the gaps do not decide', () => {
    // Two runs for three places: the start (before 条), the gap, the end (the next line goes on
    // with 条); the gap must be taken, the start or the end is not known.
    const undecided = ['条（甲 条）、乙', '197 32', '条。'];
    expect(rejoin(undecided)).toEqual(undecided);
    // Fewer gaps than runs.
    const fewer = ['本年新增 项', '3 4 5'];
    expect(rejoin(fewer)).toEqual(fewer);
  });

  it('touches only prose, and keeps blank lines, indents and wide spaces out of the gaps', () => {
    const table = ['（二）部分公开 只计这一情 形', '1 0'];
    expect(rejoinDisplacedRuns(table, () => false)).toEqual(table);
    expect(rejoin(['\u3000\u3000主楼\u3000层；  ', '', '14'])).toEqual(['\u3000\u3000主楼14层；']);
  });
});

describe('pdfplumber text of a report: the preamble and narratives read with their numbers', () => {
  const text = [
    '某某县交通运输局 年政府信息公开工作年度报告',
    '2023',
    '本报告由某某县交通运输局编制。本报告所列数据的统计期限自 年 月 日起至 年',
    '2023 1 1 2023',
    '月 日止。如对本报告有任何疑问，请联系某某县交通运输局办公室（地址：某某县人民路',
    '12 31 8',
    '号交通大楼 层；电话： ）。',
    '3 0591-12345678',
    '一、总体情况',
    '年，本局认真贯彻落实《条例》，主动公开政府信息 条。',
    '2023 120',
    '五、存在的主要问题及改进情况',
    '一是公开内容不够全面。 年，我局将加强培训，提高公开质量。',
    '2024',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
  const r = importPublishedText(text);

  it('reads the address and the phone with their digits', () => {
    expect(r.draft.meta.contactAddress).toBe('某某县人民路8号交通大楼3层');
    expect(r.draft.meta.contactPhone).toBe('0591-12345678');
    expect(r.draft.meta.year).toBe(2023);
  });

  it('reads the improvements after the year that opens them', () => {
    expect(r.draft.problems.improvements).toContain('2024年，我局将加强培训');
  });
});
