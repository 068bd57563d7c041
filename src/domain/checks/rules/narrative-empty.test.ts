import { describe, expect, it } from 'vitest';
import type { ReportDraft } from '../../report/report-schema';
import { fixtureDraft, resultOf, run } from '../test-kit';

const filled = (): ReportDraft => {
  const d = fixtureDraft();
  return {
    ...d,
    overview: {
      intro: '',
      proactive: '无',
      onRequest: 'x',
      management: '无。',
      platforms: 'y',
      oversight: 'z',
    },
    problems: { problems: '问题', improvements: '措施' },
  };
};

describe('narrative-empty', () => {
  it('counts 「无」 as filled and does not require 总述', () => {
    const r = run(filled());
    const results = r.results.filter((x) => x.id.startsWith('narrative-empty:'));
    expect(results.map((x) => x.id)).toEqual([
      'narrative-empty:overview.proactive',
      'narrative-empty:overview.onRequest',
      'narrative-empty:overview.management',
      'narrative-empty:overview.platforms',
      'narrative-empty:overview.oversight',
      'narrative-empty:problems.problems',
      'narrative-empty:problems.improvements',
      'narrative-empty:otherMatters.processingFees',
    ]);
    expect(results.every((x) => x.status === 'passed')).toBe(true);
  });

  it.each([
    ['overview', 'platforms', '一、总体情况（四）政府信息公开平台建设情况未填写'],
    ['problems', 'improvements', '五、存在的主要问题及改进情况（改进措施）未填写'],
    ['otherMatters', 'processingFees', '六、其他需要报告的事项（一）信息处理费收取情况未填写'],
  ] as const)('an empty %s.%s is a warning pointing at the field', (part, key, message) => {
    const d = filled();
    const draft = { ...d, [part]: { ...d[part], [key]: ' \n ' } };
    const res = resultOf(run(draft), `narrative-empty:${part}.${key}`);
    expect(res).toMatchObject({ status: 'failed', severity: 'warning', fields: [`${part}.${key}`], part });
    expect(res.message).toContain(message);
  });

  it('requires the 六 sub-items the setting lists', () => {
    const r = run(filled(), {
      settings: { requiredOtherMatters: ['processingFees', 'innovation', 'innovation'] },
    });
    const res = resultOf(r, 'narrative-empty:otherMatters.innovation');
    expect(res.status).toBe('failed');
    expect(r.results.filter((x) => x.id === 'narrative-empty:otherMatters.innovation')).toHaveLength(1);
    expect(r.results.some((x) => x.id === 'narrative-empty:otherMatters.workPlan')).toBe(false);
  });

  it('requires nothing of 六 when the setting says so', () => {
    const r = run(filled(), { settings: { requiredOtherMatters: [] } });
    expect(r.results.some((x) => x.id.startsWith('narrative-empty:otherMatters'))).toBe(false);
  });

  it('part 一 written as one text: a sub-item whose subject the 总述 or another sub-item tells passes, saying where', () => {
    const d = filled();
    const draft: ReportDraft = {
      ...d,
      overview: {
        intro: '本年度主动公开政府信息120条。加强政府网站和政务新媒体管理。',
        proactive: '',
        onRequest: '全年收到依申请公开申请3件，均按期答复。',
        management: '',
        platforms: '',
        oversight: '',
      },
    };
    const r = run(draft);
    expect(resultOf(r, 'narrative-empty:overview.proactive')).toMatchObject({ status: 'passed' });
    expect(resultOf(r, 'narrative-empty:overview.proactive').message).toContain('「总述」');
    expect(resultOf(r, 'narrative-empty:overview.platforms').status).toBe('passed');
    // What no part of it tells is still missing.
    expect(resultOf(r, 'narrative-empty:overview.management').status).toBe('failed');
    expect(resultOf(r, 'narrative-empty:overview.oversight').status).toBe('failed');
  });

  it.each([
    ['（一）信息制作与管理：全年制发公文类政府信息38条。'],
    ['严格执行“三审三校”，未经审核的信息不得发布。'],
    ['坚持“分级审核、先审后发”。'],
  ])('part 一 under its own headings: management told in the author’s words (%s) passes', (text) => {
    const d = filled();
    const draft: ReportDraft = {
      ...d,
      overview: { ...d.overview, intro: '', proactive: text, management: '' },
    };
    expect(resultOf(run(draft), 'narrative-empty:overview.management').status).toBe('passed');
  });

  it('part 一 as 「一是…四是…」 without sub-items: 平台建设, 「两馆」 and a 公开审查制度 are told (nianbao issue 18)', () => {
    // 平潭苏平片区 2021: the whole part in the 总述, no （一）…（五）.
    const d = filled();
    const intro =
      '一是加强组织领导。二是完善工作制度，完善了政府信息公开审查制度。三是加强监督检查。四是加强平台建设。做好每月“两馆”文件的移送工作。';
    const overview = { ...d.overview, intro, management: '', platforms: '' };
    const r = run({ ...d, overview });
    expect(resultOf(r, 'narrative-empty:overview.management').status).toBe('passed');
    expect(resultOf(r, 'narrative-empty:overview.platforms').status).toBe('passed');
    for (const said of ['四是加强平台建设。', '做好每月“两馆”文件的移送工作。']) {
      const one = { ...d.overview, intro: said, platforms: '' };
      expect(resultOf(run({ ...d, overview: one }), 'narrative-empty:overview.platforms').status).toBe(
        'passed',
      );
    }
    // The two named (平潭自然资源与生态环境局 2021): the same 查阅场所; one of them alone is not.
    for (const [said, status] of [
      ['同时做好每个季度信息报告，将公开事项及时报送图书馆和档案馆。', 'passed'],
      ['向区档案馆、图书馆移送公开文件。', 'passed'],
      ['组织干部到图书馆开展读书活动。', 'failed'],
    ] as const) {
      const one = { ...d.overview, intro: said, platforms: '' };
      expect(resultOf(run({ ...d, overview: one }), 'narrative-empty:overview.platforms').status).toBe(
        status,
      );
    }
    // A 审查 that is not of disclosure is not management.
    const other = { ...d.overview, intro: '完善了合同审查制度。', management: '' };
    expect(resultOf(run({ ...d, overview: other }), 'narrative-empty:overview.management').status).toBe(
      'failed',
    );
  });

  it('信息 and 管理 far apart in a sentence is not management', () => {
    const d = filled();
    const overview = {
      ...d.overview,
      proactive: '主动公开信息120条，加强政务新媒体的日常管理。',
      management: '',
    };
    expect(resultOf(run({ ...d, overview }), 'narrative-empty:overview.management').status).toBe('failed');
  });

  it('a count of information published is proactive disclosure, on request is not (nianbao issue 18)', () => {
    // 平潭公安局 2021: part 一 under the author's own headings, 「全年累计公开公安政府信息184条」.
    const d = filled();
    const own = { ...d.overview, intro: '全年累计公开公安政府信息184条，全文电子化达100%。', proactive: '' };
    expect(resultOf(run({ ...d, overview: own }), 'narrative-empty:overview.proactive').status).toBe(
      'passed',
    );
    const wide = { ...d.overview, intro: '全年累计公开公安政府信息１８４条。', proactive: '' };
    expect(resultOf(run({ ...d, overview: wide }), 'narrative-empty:overview.proactive').status).toBe(
      'passed',
    );
    const onRequest = { ...d.overview, intro: '依申请公开信息788条。', proactive: '' };
    expect(resultOf(run({ ...d, overview: onRequest }), 'narrative-empty:overview.proactive').status).toBe(
      'failed',
    );
  });
});

describe('narrative-empty: part 一 in words nobody listed (issue 18 §5, lexical fields)', () => {
  const intro = (text: string): ReportDraft => {
    const d = filled();
    const empty = { proactive: '', onRequest: '', management: '', platforms: '', oversight: '' };
    return { ...d, overview: { ...d.overview, ...empty, intro: text } };
  };
  const statusOf = (text: string, key: string) =>
    resultOf(run(intro(text)), `narrative-empty:overview.${key}`).status;

  // Written here in the voice of other organs (医保局, 镇, 街道, 统计局 …), not taken from reports.
  it.each([
    ['proactive', '全年在门户网站编发各类政务信息215条。'],
    ['proactive', '主动向社会公布低保、特困供养等救助标准。'],
    ['proactive', '对行政许可、行政处罚结果一律在7个工作日内上网。'],
    ['proactive', '全年发布政策解读材料18篇。'],
    ['onRequest', '对申请人要求获取的信息，能公开的一律公开。'],
    ['onRequest', '2024年度未接到信息公开方面的申请。'],
    ['onRequest', '对群众来函索取统计资料的，依法予以提供。'],
    ['management', '对拟发布信息逐级审核把关。'],
    ['management', '对涉及国家秘密、商业秘密的内容不予公开。'],
    ['management', '对超过有效期的政策文件作出标注。'],
    ['management', '规范性文件实行统一编号、统一发布。'],
    ['platforms', '管好用好微信公众号和政务微博。'],
    ['platforms', '做好抖音号、视频号的日常运维。'],
    ['platforms', '将公开文件定期报送县档案馆和县图书馆。'],
    ['platforms', '用好政府公报、新闻发布会等载体。'],
    ['oversight', '落实政务公开工作责任制。'],
    ['oversight', '聘请第三方机构对公开质量进行评估。'],
    ['oversight', '组织开展季度自查，及时整改。'],
    ['oversight', '成立政务公开工作领导小组。'],
  ])('%s told in the 总述 passes: 「%s」', (key, text) => {
    expect(statusOf(text, key)).toBe('passed');
  });

  it.each([
    // the work in general is no subject of its own
    ['proactive', '2024年，区教育局认真贯彻《中华人民共和国政府信息公开条例》，不断提升政务公开质效。'],
    ['proactive', '本年度共受理政府信息公开申请12件。'],
    ['proactive', '依申请公开信息788条。'],
    // 曲阜 2021: part 一 of only its on-request sub-item; 「信息公开协助调查」 is no proactive disclosure
    ['proactive', '共收到依申请公开件23件，上级信息公开协助调查件8件，全部依法依规按时答复。'],
    ['onRequest', '本年度公开各类信息520条。'],
    ['management', '主动公开信息120条，加强政务新媒体的日常管理。'],
    ['management', '完善了合同审查制度。'],
    ['management', '向区档案馆移送公开文件。'],
    ['platforms', '组织干部到图书馆开展读书活动。'],
    // 查询 as a purpose (「方便公众查询和获取」) names no channel
    ['platforms', '及时公开政府信息公开指南，方便公众查询和获取。'],
    ['oversight', '本年度公开各类信息520条，受理申请3件。'],
  ])('%s not told stays empty: 「%s」', (key, text) => {
    expect(statusOf(text, key)).toBe('failed');
  });
});

describe('narrative-empty: part 五 as one paragraph', () => {
  const withProblems = (problems: string, improvements: string): ReportDraft => ({
    ...filled(),
    problems: { problems, improvements },
  });
  const improvementsOf = (problems: string, improvements = '') =>
    resultOf(run(withProblems(problems, improvements)), 'narrative-empty:problems.improvements');
  const problemsOf = (improvements: string) =>
    resultOf(run(withProblems('', improvements)), 'narrative-empty:problems.problems');

  it.each([
    '仍存在公开不够及时等不足。下一步，我局将加强培训。',
    '政策解读形式较为单一。今后将持续丰富解读形式。',
    '存在的问题是更新不及时。为此，本机关将进一步完善发布审核机制。',
    '依申请公开答复的规范性有待提高，我办将严格落实答复制度。',
    '主动公开的深度不够。2026年，将围绕重点领域做好公开工作。',
  ])('improvements promised inside the problems pass, saying where: %s', (text) => {
    const res = improvementsOf(text);
    expect(res.status).toBe('passed');
    expect(res.message).toContain('「存在的主要问题」');
  });

  it.each([
    '对照新要求，仍存在以下短板：一是主动公开工作还需进一步规范。',
    '存在信息更新不及时、解读不到位等问题。',
    '未将政策解读与文件同步发布。',
  ])('problems only — no promise — still warn that 改进措施 is empty: %s', (text) => {
    expect(improvementsOf(text)).toMatchObject({ status: 'failed', severity: 'warning' });
  });

  it.each([
    '政务新媒体内容同质化。我们计划采取以下举措：加强队伍建设。',
    '工作人员身兼数职。后续，区教育局会逐项整改。',
    '栏目更新不及时。下步工作中，局党组要定期研究政务公开工作。',
    '信息报送积极性欠缺。改进措施：一是健全机制。',
  ])('improvements promised by a plan or an organ’s intent pass: %s', (text) => {
    expect(improvementsOf(text).status).toBe('passed');
  });

  it.each(['我局要求各科室及时报送信息，但报送积极性欠缺。', '局党组会议研究政务公开的次数偏少。'])(
    '「要求」 and 「会议」 are no promise: %s',
    (text) => {
      expect(improvementsOf(text).status).toBe('failed');
    },
  );

  it('problems stated inside the improvements pass; 「针对上述问题」 alone names no problem', () => {
    const stated = problemsOf('政务公开队伍力量薄弱。下一步将加强培训。');
    expect(stated.status).toBe('passed');
    expect(stated.message).toContain('「改进措施」');
    expect(problemsOf('针对上述问题，下一步将加强培训。').status).toBe('failed');
  });
});
