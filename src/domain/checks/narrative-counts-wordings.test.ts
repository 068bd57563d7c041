// Counts the narrative states in wordings read since issue 18's last stop: 「同意公开」 for
// （一）予以公开, applications counted in 次 where they are named in full, and totals of a whole
// county or city (「全县共收到…」) that are not the reporting organ's own and are never compared.
// The sentences are written here; traps: dates, 文号, 12345 热线, 人次, other years, other business.
import { describe, expect, it } from 'vitest';
import type { ReportDraft } from '../report/report-schema';
import { findNarrativeCounts, type NarrativeMetric } from './narrative-counts';
import { fixtureDraft, run } from './test-kit';

const found = (text: string) => findNarrativeCounts(text).map((c) => [c.metric, c.value] as const);

describe('findNarrativeCounts: 同意公开, 次, 全县/全市', () => {
  it.each<[string, [NarrativeMetric, number][]]>([
    // 同意公开 is 予以公开; 部分同意公开 is 部分公开; 不同意公开 is none of them
    [
      '经审查，同意公开9件，部分同意公开2件',
      [
        ['granted', 9],
        ['partiallyGranted', 2],
      ],
    ],
    ['本年度同意公开12件，不同意公开3件', [['granted', 12]]],
    // 「答复结果中」 counts no replies (its 50 was once read as 办结); the 50 are those granted
    ['答复结果中,同意公开50件', [['granted', 50]]],
    ['对申请人的7件申请均同意公开', []],
    ['区人社局同意公开的申请共4件', [['granted', 4]]],
    ['同意公开或部分公开12件', [['grantedAndPartial', 12]]],
    ['同意公开和部分同意公开的共6件', [['grantedAndPartial', 6]]],
    // applications in 次, named in full
    ['受理政府信息公开申请12次', [['received', 12]]],
    ['全年收到依申请公开申请6次，均在法定期限内答复', [['received', 6]]],
    ['2021年12月3日受理政府信息公开申请1次', [['received', 1]]],
    ['根据《工作规程》（县政办发〔2021〕12号），本机关受理政府信息公开申请5次', [['received', 5]]],
    // 次 of anything else
    ['受理申请后组织会商3次', []],
    ['收到群众来访咨询40人次', []],
    ['收到12345热线转来的政府信息公开咨询15次', []],
    ['召开政务公开专题会议4次', []],
    ['上年度受理政府信息公开申请10次', []],
    ['受理政府信息公开申请后，开展业务培训3次', []],
    ['办结2次', []],
    ['受理政府信息公开申请的平台访问量达1200次', []],
    ['收到政府信息公开申请后电话联系申请人2次', []],
    // a 件 count before a 次 keeps the 件
    ['受理政府信息公开申请8件，其间补正2次', [['received', 8]]],
    // whole county, city, district: not the organ's own
    ['全县共收到政府信息公开申请120件，办结118件', []],
    ['2021年，全区收到依申请公开申请45件', []],
    ['全市政府信息公开申请数量为301件', []],
    ['全镇受理政府信息公开申请3件', []],
    ['县政府办公室（本级）收到政府信息公开申请8件；全县共收到申请96件', [['received', 8]]],
    // 全市 naming a platform, not a total
    ['依托全市统一的依申请公开平台，我局收到政府信息公开申请8件', [['received', 8]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

const saying = (text: string, base = fixtureDraft()): ReportDraft => ({
  ...base,
  overview: { ...base.overview, onRequest: text },
});
const statuses = (text: string) =>
  run(saying(text))
    .results.filter((x) => x.id.startsWith('narrative-number:'))
    .map((x) => [x.id.split(':').at(-1), x.status]);

// Fixture tables: 一 23, （一）予以公开 0, （二）部分公开 3.
describe('narrative-number on these wordings', () => {
  it.each([
    [
      '同意公开0件，部分同意公开3件',
      [
        ['granted', 'passed'],
        ['partiallyGranted', 'passed'],
      ],
    ],
    ['同意公开3件', [['granted', 'passed']]],
    ['同意公开5件', [['granted', 'failed']]],
    ['全年受理政府信息公开申请23次', [['received', 'passed']]],
    ['全年受理政府信息公开申请25次', [['received', 'failed']]],
    ['全县共受理政府信息公开申请250件，本机关受理23件', [['received', 'passed']]],
    // A report that sums its area (a district government's): its 全区 totals are its tables' — one of
    // them agreeing (23, not 0) says so, and the others are compared too.
    [
      '2023年，全区共收到政府信息公开申请23件，其中部分公开4件',
      [
        ['received', 'passed'],
        ['partiallyGranted', 'failed'],
      ],
    ],
    // None agrees: the area's totals of a 本级 table, never compared.
    ['全县共收到政府信息公开申请250件，其中部分公开30件', []],
    ['全市各级行政机关共收到政府信息公开申请1,204件', []],
    ['接待来访群众88人次，办理12345热线工单31件', []],
  ])('「%s」', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});
