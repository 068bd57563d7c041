// Reports written for the corpus (nianbao issue 18): invented texts in the national format, not
// copies of published ones. Organs, years and kinds vary; three organs appear in two years, each
// under two names (higher-level prefix, 办公室 vs 政府, half- vs full-width brackets), with the
// carry-over and 现行有效件数 chained across the years as the checks expect.
import { REPORT_TITLE } from '../report/labels';
import type { CorpusReport } from './corpus-types';
import { HANDWRITTEN_CHAINS } from './handwritten-reports';
import { type CorpusNumbers, makeNumbers, proactiveOf } from './numbers';

type Facts = {
  key: string;
  agencyName: string;
  /** the organ as the text refers to itself (「本机关」「区政府」…) */
  self: string;
  year: number;
  kind: CorpusReport['kind'];
  website: string;
  /** how the preamble names the website; '' when the report states no address */
  siteName: string;
  contactAddress: string;
  contactPhone: string;
  /** the words before the phone number */
  phoneLabel: string;
  publishDate: string;
  numbers: CorpusNumbers;
  long: boolean;
  otherMattersHeadings: boolean;
  /** which phrasing of the sub-items (years of one organ differ, as real reports do) */
  style: number;
  /** fee notices and the fee charged (元) for part 六（一） */
  fees?: { notices: number; yuan: number };
};

const total = (n: CorpusNumbers, row: keyof CorpusNumbers['applications']) => n.applications[row].total ?? 0;

function preamble(f: Facts): string[] {
  const site = f.siteName
    ? `本报告电子版可在${f.siteName}（${f.website}）查阅或下载。`
    : '本报告电子版可在本机关门户网站“政府信息公开”专栏查阅。';
  return [
    `本报告由${f.agencyName}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。`,
    `本报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自${f.year}年1月1日起至${f.year}年12月31日止。${site}如对本报告有疑问，请与${f.self}政务公开办公室联系（地址：${f.contactAddress}，${f.phoneLabel}${f.contactPhone}）。`,
  ];
}

const pick = <T>(f: Facts, options: readonly T[]): T => options[f.style % options.length]!;

function overview(f: Facts): CorpusReport['overview'] {
  const n = f.numbers;
  const received = total(n, 'newReceived');
  const over = total(n, 'carriedOver');
  const handled = total(n, 'totalHandled');
  const forward = total(n, 'carriedForward');
  const natural = n.applications.newReceived.natural ?? 0;
  const appeals = n.appeals.reconsideration.total ?? 0;
  const onRequest = pick(f, [
    `${f.year}年，${f.self}共收到政府信息公开申请${received}件，其中自然人提出${natural}件，法人或其他组织提出${received - natural}件；上年结转${over}件。全年办结${handled}件，结转下年度继续办理${forward}件。`,
    `全年新收政府信息公开申请${received}件，上年结转${over}件，已办结${handled}件，结转下年度继续办理${forward}件。申请内容主要涉及征地拆迁、规划建设、社会保障等方面，均在法定期限内予以答复。`,
    `本年度受理政府信息公开申请${received}件，较上年有所增加；上一年度结转${over}件。按照“谁制作、谁公开，谁保存、谁公开”的原则，及时转交承办单位办理，全年办理完毕${handled}件，结转下年度继续办理${forward}件。`,
  ]);
  const appealText =
    appeals > 0
      ? `因政府信息公开引发行政复议${appeals}起，均已依法答复。`
      : '全年未发生因政府信息公开引发的行政复议。';
  const extra = f.long
    ? pick(f, [
        '进一步规范依申请公开工作流程，对申请的接收、登记、补正、答复、归档等环节逐一明确时限和责任人，答复文书统一使用规范模板。另有上级机关转来的协助调查件5件，已按要求反馈。',
        '建立依申请公开会商机制，对疑难复杂申请由法律顾问提前参与研判，降低行政争议风险。',
        '开展依申请公开答复文书质量评查，对发现的引用条款不准确等问题逐件整改。',
      ])
    : '';
  return {
    intro: f.long
      ? pick(f, [
          `${f.year}年，${f.self}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，围绕中心工作和群众关切，持续深化政务公开，不断提升公开质量和实效。`,
          `${f.year}年，在上级政务公开主管部门的指导下，${f.self}以提升政务公开质量为目标，聚焦重点领域和关键环节，推动决策、执行、管理、服务、结果公开，政务公开工作取得新进展。`,
          `${f.year}年是“十四五”规划实施的重要一年。${f.self}紧扣法治政府建设要求，把政务公开作为转变政府职能、建设人民满意政府的重要抓手，全面推进各项工作落实。`,
        ])
      : '',
    proactive: f.long
      ? pick(f, [
          `一是做好政策文件公开。全年通过门户网站主动公开政府信息${1200 + (f.year % 97)}条，其中政策文件${40 + (f.year % 13)}件，政策解读材料${30 + (f.year % 11)}篇，做到应公开尽公开。二是加强重点领域信息公开，围绕财政预决算、重大建设项目、公共资源配置、社会公益事业等领域，及时发布相关信息。三是强化政策解读回应，采用图文、动漫、短视频等形式解读政策${20 + (f.year % 7)}次，在线回应群众关切。`,
          `坚持以公开为常态、不公开为例外，全年在政府网站发布各类信息${2300 + (f.year % 89)}条。财政信息方面，按时公开部门预决算和“三公”经费；重大项目方面，公开项目批准和实施信息；民生领域方面，集中公开教育、医疗、就业等事项的办事指南和政策依据。政策解读坚持“三同步”，本年度发布解读${25 + (f.year % 9)}篇，举办新闻发布会${6 + (f.year % 5)}场。`,
        ])
      : `全年在门户网站主动公开政府信息${300 + (f.year % 50)}条，重点领域信息均按要求及时公开。`,
    onRequest: `${onRequest}${appealText}${extra}`,
    management: f.long
      ? pick(f, [
          '严格落实政府信息公开属性源头认定机制，公文拟制时同步明确公开属性。开展规范性文件清理，对不再适用的文件及时宣布失效或废止并向社会公开。健全政府信息发布审查机制，坚持“先审后发”，全年未发生泄密事件。',
          '完善政府信息管理动态调整机制，每季度对主动公开目录进行更新。对历史公开信息进行全面梳理，集中整改链接失效、附件缺失等问题，确保公开内容准确、完整、可用。',
        ])
      : '落实公文公开属性源头认定，信息发布前严格审查。',
    platforms: f.long
      ? pick(f, [
          '持续加强政府门户网站建设，优化“政府信息公开”专栏栏目设置，完善智能搜索功能。加强政务新媒体管理，定期开展巡查，对更新不及时的账号督促整改。推进政务公开专区建设，在政务服务中心设置查阅点，方便群众查阅。',
          '整合政府网站与政务服务平台的信息资源，实现政策文件“一站式”查询。政务微信公众号全年推送信息六百余条，关注人数稳步增长。在乡镇（街道）便民服务中心设立政务公开专区，配备自助查询终端。',
        ])
      : '依托门户网站和政务新媒体发布信息，定期检查栏目更新情况。',
    oversight: f.long
      ? pick(f, [
          `调整充实政务公开工作领导小组，明确分管负责同志和专职工作人员。将政务公开纳入年度绩效考核，组织业务培训${2 + (f.year % 3)}次，开展季度检查并通报结果，推动问题整改。`,
          '把政务公开工作列入年度重点任务清单，实行月调度、季通报。聘请社会监督员对政务公开工作进行评议，对评议中发现的问题建立台账、限期整改，形成工作闭环。',
        ])
      : '明确专人负责政务公开工作，参加上级组织的业务培训。',
  };
}

function problems(f: Facts): CorpusReport['problems'] {
  return f.long
    ? pick(f, [
        {
          problems: `${f.year}年，${f.self}政务公开工作取得一定成效，但仍存在一些不足：一是政策解读的形式不够丰富，部分解读材料针对性不强；二是基层政务公开标准化规范化水平有待提升；三是工作人员业务能力参差不齐。`,
          improvements: `针对上述问题，${f.year + 1}年将重点做好以下工作：一是丰富解读形式，提升解读质量；二是推进基层政务公开标准目录动态调整；三是加大培训力度，提升工作人员业务水平。`,
        },
        {
          problems:
            '对照上级要求和群众期盼，工作中还存在差距：政务新媒体互动回应不够及时，个别栏目信息更新滞后，依申请公开答复的规范性仍需加强。',
          improvements: `下一步，${f.self}将建立栏目更新提醒机制，落实互动留言限时回复制度，并通过案例教学提升依申请公开答复质量。`,
        },
      ])
    : {
        problems: '政策解读形式较为单一，信息更新的及时性有待提高。',
        improvements: '下一步，将丰富解读形式，加强信息发布的日常检查。',
      };
}

function otherMatters(f: Facts): CorpusReport['otherMatters'] {
  const forward = total(f.numbers, 'carriedForward');
  const fees = f.fees
    ? `本年度发出收费通知${f.fees.notices}件，按照《政府信息公开信息处理费管理办法》收取信息处理费${f.fees.yuan}元。`
    : pick(f, ['本年度未收取信息处理费。', '本机关本年度没有收取政府信息公开信息处理费。']);
  return {
    processingFees: fees,
    workPlan: f.long
      ? pick(f, [
          `认真落实上级${f.year}年政务公开工作要点，逐项明确责任单位和完成时限，重点领域信息公开、政策解读、政民互动等各项任务均已完成。`,
          `对照${f.year}年政务公开工作要点制定任务分解表，共细化任务${20 + (f.year % 6)}项，截至年底已全部完成。`,
        ])
      : '已按要求落实上级年度政务公开工作要点。',
    proposals: f.long
      ? pick(f, [
          `本年度承办人大代表建议${6 + (f.year % 5)}件、政协提案${8 + (f.year % 4)}件，均已按期办复，办理结果已按规定公开。`,
          `全年共办理代表建议和委员提案${12 + (f.year % 7)}件，满意和基本满意率100%，答复全文在门户网站专栏公开。`,
          `建议提案办理结果公开工作按照“谁承办、谁公开”的原则落实，本年度公开办理复文${9 + (f.year % 5)}份。`,
        ])
      : '本年度未承办人大代表建议和政协提案。',
    innovation: f.long
      ? pick(f, [
          '开设“政策问答”栏目，将群众常问的问题整理成问答形式集中公开。',
          '试行“政策体检”，邀请企业代表对新出台政策的可读性提出意见。',
        ])
      : '无。',
    statisticsNotes:
      forward > 0
        ? pick(f, [
            `结转下年度继续办理的${forward}件申请均在法定答复期限内，因需征求第三方意见，于次年答复。`,
            `年末尚在办理期限内的申请共${forward}件，已按规定结转下年度继续办理。`,
          ])
        : '无。',
    otherItems: '无。',
    specialRequirements: '无。',
  };
}

function report(f: Facts): CorpusReport {
  return {
    key: f.key,
    agencyName: f.agencyName,
    year: f.year,
    kind: f.kind,
    title: `${f.agencyName}${f.year}年${REPORT_TITLE}`,
    preamble: preamble(f),
    website: f.siteName ? f.website : '',
    contactAddress: f.contactAddress,
    contactPhone: f.contactPhone,
    publishDate: f.publishDate,
    numbers: f.numbers,
    overview: overview(f),
    problems: problems(f),
    otherMatters: otherMatters(f),
    otherMattersHeadings: f.otherMattersHeadings,
  };
}

// ---- 洪泽: 「洪泽区人民政府」 2020, 「淮安市洪泽区人民政府」 2021 -----------------------------------

const hongze2020 = makeNumbers({
  seed: 2020_01,
  received: { natural: 61, business: 7, research: 0, publicInterest: 1, legal: 3, otherOrg: 2 },
  carriedOver: { natural: 2 },
  carriedForward: { natural: 3, business: 1 },
  results: [
    'granted',
    'partiallyGranted',
    'unavailableNotHeld',
    'withheldThirdParty',
    'notProcessedDuplicate',
    'otherNoCorrection',
  ],
  proactive: proactiveOf([0, 0, 0], [6, 2, 41], 1830, 256, 12, 0),
  appeals: { reconsideration: [2, 0, 1, 0], litigationDirect: [1, 0, 0, 1] },
});
const hongze2021 = makeNumbers({
  seed: 2021_01,
  received: { natural: 83, business: 9, research: 1, publicInterest: 0, legal: 2, otherOrg: 0 },
  carriedOver: { natural: 3, business: 1 },
  carriedForward: { natural: 2 },
  results: [
    'granted',
    'partiallyGranted',
    'unavailableNotHeld',
    'withheldProcessInfo',
    'notProcessedComplaint',
    'otherUnpaidFee',
    'otherOther',
  ],
  proactive: proactiveOf([0, 0, 0], [4, 3, 42], 2104, 318, 9, 0),
  appeals: { reconsideration: [3, 1, 0, 1], litigationAfterReconsideration: [1, 0, 0, 0] },
});

// ---- 平阳: 「平阳县人民政府办公室」 2021, 「平阳县人民政府」 2022 --------------------------------------

const pingyang2021 = makeNumbers({
  seed: 2021_02,
  received: { natural: 37, business: 4, research: 0, publicInterest: 0, legal: 1, otherOrg: 1 },
  carriedForward: { natural: 1 },
  results: [
    'granted',
    'partiallyGranted',
    'unavailableNotHeld',
    'unavailableNeedsCreation',
    'notProcessedPublication',
    'otherOther',
  ],
  proactive: proactiveOf([0, 0, 0], [11, 5, 96], 0, 0, 0, 0),
  appeals: { reconsideration: [1, 0, 0, 0] },
});
const pingyang2022 = makeNumbers({
  seed: 2022_02,
  received: { natural: 52, business: 6, research: 1, publicInterest: 2, legal: 0, otherOrg: 3 },
  carriedOver: { natural: 1 },
  results: [
    'granted',
    'partiallyGranted',
    'withheldStateSecret',
    'unavailableNotHeld',
    'notProcessedMassRepeated',
    'otherNoCorrection',
  ],
  proactive: proactiveOf([0, 0, 0], [9, 4, 101], 4512, 731, 58, 126.35),
  appeals: { litigationDirect: [0, 0, 1, 1] },
});

// ---- 临沭: brackets half-width in 2022, full-width in 2023 ----------------------------------------

const linshu2022 = makeNumbers({
  seed: 2022_03,
  received: { natural: 14, business: 0, research: 0, publicInterest: 0, legal: 1, otherOrg: 0 },
  results: ['granted', 'unavailableNotHeld', 'notProcessedConfirmation'],
  proactive: proactiveOf([0, 0, 0], [2, 0, 17], 126, 3, 0, 0),
});
const linshu2023 = makeNumbers({
  seed: 2023_03,
  received: { natural: 9, business: 2, research: 0, publicInterest: 0, legal: 0, otherOrg: 0 },
  results: ['granted', 'partiallyGranted', 'unavailableUnclear'],
  proactive: proactiveOf([0, 0, 0], [1, 3, 15], 141, 0, 0, 0),
});

// ---- 青州: one year, a department, no website stated ----------------------------------------------

const qingzhou2022 = makeNumbers({
  seed: 2022_04,
  received: { natural: 12, business: 3 },
  results: ['granted', 'unavailableNotHeld', 'withheldInternalAffairs'],
  proactive: proactiveOf([0, 0, 0], [3, 1, 28], 57, 19, 2, 3.15),
});

export const WRITTEN_REPORTS: readonly CorpusReport[] = [
  report({
    key: 'hongze-2020',
    style: 0,
    agencyName: '洪泽区人民政府',
    self: '洪泽区人民政府',
    year: 2020,
    kind: 'government',
    website: 'www.hongze.gov.cn',
    siteName: '洪泽区人民政府门户网站',
    contactAddress: '江苏省淮安市洪泽区东七街二十八号',
    contactPhone: '0517-87221234',
    phoneLabel: '电话/传真：',
    publishDate: '2021-03-26',
    numbers: hongze2020,
    long: true,
    otherMattersHeadings: true,
  }),
  report({
    key: 'hongze-2021',
    style: 1,
    agencyName: '淮安市洪泽区人民政府',
    self: '区政府',
    year: 2021,
    kind: 'government',
    website: 'www.hongze.gov.cn',
    siteName: '洪泽区人民政府门户网站',
    contactAddress: '江苏省淮安市洪泽区东七街二十八号',
    contactPhone: '0517-87221234',
    phoneLabel: '电话/传真：',
    publishDate: '2022-03-30',
    numbers: hongze2021,
    long: true,
    otherMattersHeadings: false,
    fees: { notices: 2, yuan: 300 },
  }),
  report({
    key: 'pingyang-2021',
    style: 0,
    agencyName: '平阳县人民政府办公室',
    self: '县政府办公室',
    year: 2021,
    kind: 'department',
    website: 'http://www.pingyang.gov.cn/col/col1229/',
    siteName: '平阳县人民政府门户网站',
    contactAddress: '浙江省温州市平阳县昆阳镇县前街128号',
    contactPhone: '0577-63727001',
    phoneLabel: '联系电话：',
    publishDate: '2022-01-25',
    numbers: pingyang2021,
    long: false,
    otherMattersHeadings: true,
  }),
  report({
    key: 'pingyang-2022',
    style: 2,
    agencyName: '平阳县人民政府',
    self: '县政府',
    year: 2022,
    kind: 'government',
    website: 'http://www.pingyang.gov.cn/col/col1229/',
    siteName: '平阳县人民政府门户网站',
    contactAddress: '浙江省温州市平阳县昆阳镇县前街128号',
    contactPhone: '0577-63727001',
    phoneLabel: '联系电话：',
    publishDate: '2023-03-28',
    numbers: pingyang2022,
    long: true,
    otherMattersHeadings: true,
  }),
  report({
    key: 'linshu-2022',
    style: 1,
    agencyName: '临沭县教育和体育局(县委教育工作领导小组秘书组)',
    self: '县教体局',
    year: 2022,
    kind: 'department',
    website: 'www.linshu.gov.cn',
    siteName: '临沭县人民政府网站',
    contactAddress: '山东省临沂市临沭县滨海路西段8号',
    contactPhone: '0539-6212345',
    phoneLabel: '咨询电话：',
    publishDate: '2023-01-18',
    numbers: linshu2022,
    long: false,
    otherMattersHeadings: false,
  }),
  report({
    key: 'linshu-2023',
    style: 0,
    agencyName: '临沭县教育和体育局（县委教育工作领导小组秘书组）',
    self: '县教体局',
    year: 2023,
    kind: 'department',
    website: 'www.linshu.gov.cn',
    siteName: '临沭县人民政府网站',
    contactAddress: '山东省临沂市临沭县滨海路西段8号',
    contactPhone: '0539-6212345',
    phoneLabel: '咨询电话：',
    publishDate: '2024-01-22',
    numbers: linshu2023,
    long: true,
    otherMattersHeadings: true,
  }),
  report({
    key: 'qingzhou-2022',
    style: 1,
    agencyName: '青州市自然资源和规划局',
    self: '市自然资源和规划局',
    year: 2022,
    kind: 'department',
    website: '',
    siteName: '',
    contactAddress: '山东省青州市海岱北路1899号',
    contactPhone: '0536-3261507',
    phoneLabel: '联系电话：',
    publishDate: '2023-01-30',
    numbers: qingzhou2022,
    long: false,
    otherMattersHeadings: true,
  }),
];

/** Pairs (previous year, this year) of the same organ under two names, for the cross-year checks. */
export const YEAR_CHAINS: readonly (readonly [string, string])[] = [
  ['hongze-2020', 'hongze-2021'],
  ['pingyang-2021', 'pingyang-2022'],
  ['linshu-2022', 'linshu-2023'],
  ...HANDWRITTEN_CHAINS,
];
