// Part 五 whose problems are never stated (improvements only) is flagged; part 五 that states its
// problems and improvements fused in one paragraph (「针对…不足，将…」「存在…问题。下一步…」) is not.
// The texts are written here in the voice of other organs (one paragraph, 一是/二是, sub-headings).
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import type { ReportDraft } from '../report/report-schema';
import { importPublishedText } from '../text-import/import-text';
import { improvementsOnly, promisesImprovement } from './problems-topics';
import { runChecks } from './run-checks';
import { fixtureDraft, resultOf, run, TODAY } from './test-kit';

/** Problems and improvements fused: every one states a shortcoming (不足/短板/差距/薄弱/有待 …). */
const FUSED = [
  '本年度我局政府信息公开工作虽取得一定成效，但仍存在公开内容不够全面、更新不够及时等不足。下一步，我局将进一步完善信息发布机制，确保信息及时准确公开。',
  '对照上级要求，我委信息公开工作还存在一些短板：一是政策解读形式单一；二是依申请公开办理人员业务能力有待提升。针对上述问题，我委将加强业务培训，丰富解读形式。',
  '存在的问题：部分科室对政务公开重视程度不够，信息报送不及时。改进措施：一是压实科室责任；二是建立信息报送通报制度。',
  '2024年，区卫健委政务公开工作与群众期盼相比仍有差距，主要是基层公开标准化建设较为薄弱。2025年，我们将以标准化规范化建设为抓手，推动公开向基层延伸。',
  '（一）存在的主要问题\n一是公开意识有待增强；二是专业人员力量不足。\n（二）改进情况\n一是加强学习培训；二是充实工作力量。',
  '针对公开栏目内容更新滞后的不足，本局将建立栏目定期检查机制，由专人负责维护。',
  '我镇政务公开工作仍存在信息发布审核把关不严的问题。下一步，将严格落实三审制度，杜绝错误信息发布。',
  '街道政务公开工作人员多为兼职，专业能力参差不齐，政策解读质量不高。今后，街道将定期组织业务培训，提升队伍素质。',
  '存在问题主要有：信息公开平台功能不完善，检索不便。整改措施：优化平台检索功能，方便群众查询。',
  '一是主动公开的广度和深度还需拓展；二是政务新媒体互动回应不够及时；三是依申请公开答复文书规范性有待加强。下一步，我中心将逐项整改，全面提升政务公开质量。',
  '本年度信息公开工作中发现的短板主要在于政策解读的针对性不强。为此，我厅将推行图解、视频等多元解读方式。',
  '县统计局政务公开工作还有薄弱环节，统计数据解读不够通俗。2023年将着力提升数据解读的可读性。',
  '本机关2022年政府信息公开工作未发现明显问题。下一步，将继续按照条例要求做好公开工作。',
  '主要问题是部分信息公开不够规范。我办将对照标准目录逐项规范。',
  '一是公开内容与群众需求结合不够紧密；二是公开形式较为单一。针对以上不足，下一步将加强需求调研，创新公开形式。',
  '政务公开工作仍面临人员少、任务重的困难。明年，我局拟增配一名专职工作人员。',
  '信息公开工作存在一定差距，特别是在重点领域信息公开方面有待加强。接下来，本委会将聚焦重点领域，加大公开力度。',
  '受机构改革影响，部分历史信息整理归档工作滞后。后续我局将加快完成历史信息梳理。',
  '公开专栏建设相对滞后，政策文件解读比例偏低。我们将在新的一年里扩大政策解读覆盖面。',
  '依申请公开办理流程还不够规范，个别答复超过法定期限。为此，我处将建立办理台账，严格期限管理。',
  '当前，政务公开工作存在基层公开能力较弱、公开质量不高等问题。下一阶段，区政府办将加大对各镇街的指导力度。',
  '我院政府信息公开工作还存在以下不足：信息更新频率偏低、公开目录不够完善。下一步，我院将完善目录，提高更新频率。',
  '主动公开信息的及时性仍待提高。2025年，我所将健全信息发布时限管理。',
  '乡政务公开工作与先进地区相比差距明显，公开内容亟需丰富。今后乡政府将不断丰富公开内容。',
  '信息公开人员变动频繁，业务衔接不顺畅。我局计划建立岗位交接制度，确保工作连续性。',
  '政务公开队伍人手紧张，一人多岗现象普遍。下一步将争取增加编制。',
  '信息发布偶有错漏，审核把关还要加强。今后将实行双人审核。',
  '基层公开目录与实际工作匹配度低。我们将组织目录修订。',
  '信息公开工作主要依靠人工，效率偏慢。2026年将上线信息发布管理系统。',
  '部分栏目长期未更新。区住建局将明确栏目责任人，每月检查一次。',
];

/** Improvements only: no shortcoming is ever stated. */
const IMPROVEMENTS_ONLY = [
  '下一步，我局将进一步加强政府信息公开工作，提升公开质量。',
  '一是加强培训，提升业务能力。二是完善制度，规范工作流程。三是强化监督，确保公开实效。',
  '2022年，区财政局将继续深化政务公开，一是持续做好主动公开；二是规范依申请公开办理。',
  '（一）改进情况\n我委将持续加强队伍建设，完善发布审核机制。',
  '今后，我们将继续以群众需求为导向，不断拓展公开渠道，丰富公开形式，努力把政务公开工作提高到新水平。',
  '2024年，县水利局将围绕中心工作，持续加大政策解读力度，及时回应社会关切。',
  '新的一年，镇政府将坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。',
  '改进措施：一是健全工作机制，明确专人负责；二是加强平台建设，优化栏目设置；三是强化考核督查。',
  '针对上述问题，下一步将加强培训。',
  '我院将认真贯彻落实《条例》，一是进一步规范主动公开内容；二是加强依申请公开办理；三是做好政策解读工作。',
  '下一阶段，街道办事处将着重抓好以下几项工作：（一）深化重点领域信息公开；（二）加强政务新媒体管理；（三）提升依申请公开答复质量。',
  '接下来，本中心将按照上级部署，持续推进政务公开标准化规范化建设，确保各项任务落到实处。',
  '我办计划在明年组织两次业务培训，并对公开目录进行全面梳理更新。',
  '后续，我们将以提升群众满意度为目标，推动政务公开工作再上新台阶。',
  '2023年，市司法局将持续加强政府信息公开工作：加强组织领导，压实工作责任；完善工作制度，规范公开流程；创新公开方式，提升公开实效。',
  '一是持续深化主动公开。二是规范做好依申请公开。三是强化政策解读和回应关切。四是加强政务公开平台建设。',
  '今后我委将严格按照条例规定，进一步做好政府信息公开工作。',
  '我局将以此次年报编制为契机，全面梳理工作流程，做好明年的政务公开工作。',
  '明年，我们打算在门户网站增设政策问答栏目，方便群众查询。',
  '（一）存在的主要问题\n（二）改进情况\n下一步，我委将加强培训，完善制度。',
  '新的一年，本所将持续优化信息发布流程，提升公开质量和效率。',
  '为进一步做好政府信息公开工作，区人社局将加强业务培训，提高工作人员业务水平。',
  '继续加大公开力度，拓宽公开渠道，完善公开机制，提升公开质量。',
  '下一步，我厅将坚持问题导向，聚焦群众关切，持续提升政务公开质效。',
  '2025年，乡政府将严格落实政务公开各项制度，进一步健全信息发布审核机制。',
];

/** The fixture with part 五's text replaced by `text`, imported, then checked. */
function importedPart5(text: string) {
  const lines = qufuText.split('\n');
  const from = lines.findIndex((l) => l.startsWith('五、'));
  const to = lines.findIndex((l) => l.startsWith('六、'));
  const report = [...lines.slice(0, from + 1), text, ...lines.slice(to)].join('\n');
  const { draft } = importPublishedText(report);
  return runChecks({ draft, today: TODAY });
}
const part5Failures = (r: ReturnType<typeof runChecks>) =>
  r.results.filter((x) => x.id.startsWith('narrative-empty:problems.') && x.status === 'failed');

describe('part 五 of improvements only (issue 18)', () => {
  it.each(IMPROVEMENTS_ONLY)('imported, its missing problems are flagged: %s', (text) => {
    const problems = resultOf(importedPart5(text), 'narrative-empty:problems.problems');
    expect(problems).toMatchObject({ status: 'failed', severity: 'warning' });
    expect(problems.message).toMatch(/存在的主要问题）未填写/u);
  });

  it.each(FUSED)('imported, problems and improvements fused raise nothing: %s', (text) => {
    expect(part5Failures(importedPart5(text)).map((x) => x.message)).toEqual([]);
  });

  it('「无」 for the problems, with improvements after it, is an answer', () => {
    expect(part5Failures(importedPart5('无。下一步，我局将继续做好公开工作。'))).toEqual([]);
    expect(part5Failures(importedPart5('（一）存在的主要问题\n无\n（二）改进情况\n加强培训。'))).toEqual([]);
  });
});

describe('improvementsOnly and promisesImprovement', () => {
  const draft = (problems: string, improvements = ''): ReportDraft => ({
    ...fixtureDraft(),
    problems: { problems, improvements },
  });
  it('says so where 存在的主要问题 holds only improvements, with the message of the other sub-items', () => {
    const text = '下一步，区商务局将持续优化公开栏目，提升信息发布质量。';
    expect(improvementsOnly(draft(text).problems ? draft(text) : draft(text))).toBe(true);
    const res = resultOf(run(draft(text)), 'narrative-empty:problems.problems');
    expect(res.status).toBe('failed');
    expect(res.message).toBe(
      '五、存在的主要问题及改进情况（存在的主要问题）未填写：所填内容只有改进措施（没有可报告的问题时请填写「无」）',
    );
    // The improvements are there: 改进措施 says where.
    expect(resultOf(run(draft(text)), 'narrative-empty:problems.improvements').status).toBe('passed');
  });

  it.each([
    ['a shortcoming in the improvements half', '下一步将加强培训。', '针对队伍力量薄弱的短板，将充实人员。'],
    ['empty problems (the check says 未填写 as before)', '', '下一步将加强培训。'],
    [
      'a shortcoming in other words (较弱、偏少、参差不齐、不顺畅)',
      '人员业务衔接不顺畅。我局将建立交接制度。',
      '',
    ],
    [
      'improvement idioms are no shortcoming but the text names one',
      '不断拓展公开渠道，但公开内容仍待丰富。',
      '',
    ],
  ])('no improvements-only when %s', (_, problems, improvements) => {
    expect(improvementsOnly(draft(problems, improvements))).toBe(false);
  });

  it('a list of measures without 「将」 promises improvements; a list of shortcomings opening on 「规范化」 does not', () => {
    expect(promisesImprovement('一是加强培训，提升能力；二是完善制度。')).toBe(true);
    expect(promisesImprovement('（一）强化考核督查')).toBe(true);
    expect(promisesImprovement('一是规范化程度不高；二是加强力度不够。')).toBe(false);
    expect(promisesImprovement('存在信息更新不及时、解读不到位等问题。')).toBe(false);
  });
});
