// Reports written by hand for the corpus (nianbao issue 18), each text composed as a whole rather
// than from the phrase lists of written-reports.ts, so that the importer meets wording, order and
// layout it was not tuned on: headings worded by the author or run into their text, part 五 with
// its own sub-headings, part 六 as one unmarked paragraph, contacts with 邮编 and 传真 beside the
// phone, counts written as 「受理信息公开申请」 without 「政府」, narrative numbers that are not
// application counts (建议提案, 培训, 回复率). Invented organs' texts, not copies of published ones.
// 历下区 appears in two years under two names (the higher-level 「济南市」 added in the second); its
// （三）政府信息管理 is the same text in both years — a real 内容雷同 that 批量审核 must find.
import { REPORT_TITLE } from '../report/labels';
import type { CorpusReport } from './corpus-types';
import { makeNumbers, proactiveOf } from './numbers';

const huzhou2021 = makeNumbers({
  seed: 2021_11,
  received: { natural: 412, business: 37, research: 2, publicInterest: 1, legal: 15, otherOrg: 6 },
  carriedOver: { natural: 18, business: 2, legal: 1 },
  carriedForward: { natural: 21, business: 1 },
  results: [
    'granted',
    'partiallyGranted',
    'withheldThirdParty',
    'withheldProcessInfo',
    'withheldQueryMatter',
    'unavailableNotHeld',
    'unavailableUnclear',
    'notProcessedComplaint',
    'notProcessedDuplicate',
    'otherNoCorrection',
    'otherOther',
  ],
  proactive: proactiveOf([2, 1, 38], [15, 6, 143], 48213, 15230, 312, 24252.311082),
  appeals: {
    reconsideration: [9, 2, 1, 3],
    litigationDirect: [4, 0, 2, 5],
    litigationAfterReconsideration: [2, 0, 0, 1],
  },
});

const huzhou = (): CorpusReport => {
  const a = huzhou2021.applications;
  const received = a.newReceived.total!;
  const over = a.carriedOver.total!;
  const forward = a.carriedForward.total!;
  // The organ's own counts of part 二, stated as many reports state them: a list after a clause that
  // names the kind (「…废止1件」), the in-force 规范性文件 left to the table (issue 18).
  const { regulations: rg, normativeDocuments: nd } = huzhou2021.proactive;
  return {
    key: 'huzhou-2021',
    agencyName: '湖州市人民政府',
    year: 2021,
    kind: 'government',
    title: `湖州市人民政府2021年${REPORT_TITLE}`,
    preamble: [
      '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第四十九条、第五十条规定，湖州市人民政府办公室编制了本报告。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。',
      '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。本报告电子版可在“湖州市人民政府”门户网站（http://www.huzhou.gov.cn）查阅或下载。如对本报告有任何疑问，请与湖州市人民政府办公室联系（地址：浙江省湖州市仁皇山路666号；邮编：313000；电话：0572-2398765；传真：0572-2398766）。',
    ],
    website: 'http://www.huzhou.gov.cn',
    contactAddress: '浙江省湖州市仁皇山路666号',
    contactPhone: '0572-2398765',
    publishDate: '2022-03-18',
    numbers: huzhou2021,
    overview: {
      intro:
        '2021年，湖州市各级行政机关深入贯彻落实党中央、国务院和省委、省政府关于全面推进政务公开的决策部署，以公开促落实、强监管、优服务，全市政务公开工作在全省综合考评中位列第一档次。',
      proactive:
        '全市各级行政机关通过政府门户网站公开政府信息9.7万余条，其中市政府门户网站公开2.3万条。围绕“六稳”“六保”、优化营商环境等重点工作，集中发布惠企政策412项，编制政策图解、视频解读等多元化解读材料386件。市政府常务会议议题中涉及公众利益的事项，均在会前公开征求意见，全年开展网上征求意见63次。',
      onRequest: `市政府本级全年受理信息公开申请${received}件，较上年增长约三成；加上上年结转的${over}件，共需办理${received + over}件。截至年底，已答复${a.totalHandled.total}件，另有${forward}件因需征求第三方意见等原因结转下年度继续办理。从申请内容看，涉及征收补偿的占四成以上，其次为规划许可和行政执法。`,
      management: `全面落实公文公开属性源头认定机制，市政府及市政府办公室印发的公文在拟文时即确定公开属性，全年主动公开率达到92%。市政府全年制定规章${rg.issued}件、废止${rg.repealed}件，现行有效规章${rg.inForce}件；制发行政规范性文件${nd.issued}件，废止${nd.repealed}件。开展行政规范性文件全面清理，宣布失效和废止文件共计58件，清理结果已集中公开。`,
      platforms:
        '完成市政府门户网站集约化平台改版，市县两级政府网站全部迁入集约化平台统一管理。政务新媒体矩阵共有账号174个，每季度开展一次全面检查，关停整合“僵尸号”“睡眠号”9个。',
      oversight:
        '市政府分管副秘书长具体负责政务公开工作，市政府办公室设政务公开科负责日常工作。将政务公开纳入市对区县和市级部门的综合考核，组织全市政务公开业务培训4期、参训人员600余人次。',
    },
    problems: {
      problems:
        '一是部分部门主动公开的意识还不强，存在重发布轻解读的现象；二是基层政务公开标准目录的动态更新不够及时；三是依申请公开答复的规范化水平有待进一步提高，个别答复告知内容不够完整。',
      improvements:
        '一是强化解读回应，推行重要政策“一文一解读”并提升解读的可读性；二是建立基层公开目录季度更新机制，推动目录与办事指南同步调整；三是组织依申请公开答复文书评查，汇编典型案例指导各地各部门规范答复。',
    },
    otherMatters: {
      processingFees: '2021年，市政府本级未收取信息处理费。',
      workPlan:
        '按照省政府办公厅2021年政务公开工作要点的要求，制定本市工作任务分解表，明确责任单位和完成时限，各项任务均已落实。',
      proposals:
        '2021年市政府系统共承办市人大代表建议286件、市政协提案402件，全部按时办结，答复全文已在市政府门户网站“建议提案办理”专栏公开。',
      innovation:
        '在全省率先开展政务公开“开放日”活动，邀请市民代表走进市政府各部门，现场体验政策制定和执行过程。',
      statisticsNotes: `本报告中“结转下年度继续办理”的${forward}件申请，均在法定答复期限内。`,
      otherItems: '无。',
      specialRequirements: '无。',
    },
    otherMattersHeadings: true,
    layout: {
      overviewInline: '。',
      problemsHeadings: ['（一）存在的主要问题', '（二）改进情况'],
    },
  };
};

const lixia2021 = makeNumbers({
  seed: 2021_12,
  received: { natural: 23, business: 1, research: 0, publicInterest: 0, legal: 2, otherOrg: 0 },
  carriedOver: { natural: 1 },
  carriedForward: { natural: 2 },
  results: ['granted', 'partiallyGranted', 'unavailableNotHeld', 'notProcessedComplaint', 'otherOther'],
  proactive: proactiveOf([0, 0, 0], [3, 2, 19], 1467, 12, 0, 0),
  appeals: { reconsideration: [1, 0, 0, 0] },
});

const lixia2022 = makeNumbers({
  seed: 2022_12,
  received: { natural: 31, business: 0, research: 1, publicInterest: 0, legal: 0, otherOrg: 1 },
  carriedOver: { natural: 2 },
  results: ['granted', 'unavailableNotHeld', 'unavailableNeedsCreation', 'notProcessedConfirmation'],
  proactive: proactiveOf([0, 0, 0], [2, 4, 17], 1532, 9, 0, 0),
});

const LIXIA_HEADINGS = {
  proactive: '（一）主动公开',
  onRequest: '（二）依申请公开',
  management: '（三）政府信息管理',
  platforms: '（四）平台建设',
  oversight: '（五）监督保障',
} as const;

const lixia = (year: 2021 | 2022): CorpusReport => {
  const n = year === 2021 ? lixia2021 : lixia2022;
  const a = n.applications;
  const name = year === 2021 ? '历下区教育和体育局' : '济南市历下区教育和体育局';
  const forward = a.carriedForward.total!;
  const appeals = n.appeals.reconsideration.total!;
  return {
    key: `lixia-${year}`,
    agencyName: name,
    year,
    kind: 'department',
    title: `${name}${year}年${REPORT_TITLE}`,
    preamble: [
      `本报告由${name}根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，统计期限自${year}年1月1日起至${year}年12月31日止。本报告电子版可在“济南市历下区人民政府”网站（www.lixia.gov.cn）“政府信息公开年报”栏目查阅。`,
      '联系地址：济南市历下区文化东路61号，邮政编码250014，电话/传真：0531-86081234。',
    ],
    website: 'www.lixia.gov.cn',
    contactAddress: '济南市历下区文化东路61号',
    contactPhone: '0531-86081234',
    publishDate: year === 2021 ? '2022-01-20' : '2023-01-29',
    numbers: n,
    overview: {
      intro: '',
      proactive:
        year === 2021
          ? `全年通过区政府网站教育体育栏目发布信息${286}条，公开义务教育招生入学政策、学区划分、民办学校收费标准等群众关注的信息。开展“校长进直播间”政策解读活动3场，在线答复家长提问200余个。`
          : '本年度在区政府网站公开各类信息318条，其中招生入学信息56条、体育场馆开放信息22条。按时公开部门预算、决算和“三公”经费，主动公开率保持100%。',
      onRequest:
        year === 2021
          ? `2021年共受理信息公开申请${a.newReceived.total}件，均为网上申请，上年结转${a.carriedOver.total}件。办结${a.totalHandled.total}件，其中予以公开${a.granted.total}件；年底尚有${forward}件在法定期限内，结转下年度继续办理。${appeals > 0 ? `因信息公开被申请行政复议${appeals}件，复议机关维持了原答复。` : ''}`
          : `全年收到信息公开申请共${a.newReceived.total}件，上年结转${a.carriedOver.total}件，全部按期答复。申请事项集中在学位分配和教师招聘两个方面，未发生因政府信息公开引起的行政复议和诉讼。`,
      management:
        '落实“五公开”要求，公文起草时同步审查公开属性。对本局制发的行政规范性文件进行清理，清理结果按规定公开。',
      platforms:
        year === 2021
          ? '维护好区政府网站本局栏目和“历下教体”微信公众号，信息发布实行三级审核。'
          : '“历下教体”微信公众号开设“招生问答”专题，全年推送信息140余条；区政府网站本局栏目实行专人维护。',
      oversight:
        year === 2021
          ? '局主要负责同志专题研究政务公开工作2次，明确办公室为政务公开工作机构，配备兼职人员2名，全年组织业务培训1次。'
          : '把政务公开工作纳入局机关科室和直属学校年度考核，对发现的问题督促整改，全年组织培训2次。',
    },
    problems: {
      problems:
        year === 2021
          ? '政策解读形式仍以文字为主，图表、视频等解读较少；栏目信息更新的及时性有待加强。'
          : '个别栏目更新不够及时，解读材料的通俗性还需提高。',
      improvements:
        year === 2021
          ? '下一步，将增加图解和短视频解读的比重，建立栏目更新台账，每周检查一次。'
          : '下一步，将落实栏目更新责任人，邀请家长代表参与政策解读的审读。',
    },
    otherMatters:
      year === 2021
        ? {
            processingFees: '本机关2021年度未收取信息处理费。',
            workPlan: '认真落实2021年区政务公开工作要点，各项任务均已完成。',
            proposals: '承办区人大代表建议4件、区政协提案7件，办理复文均已公开。',
            innovation: '无。',
            statisticsNotes: `结转下年度继续办理的${forward}件，已于2022年1月按期答复。`,
            otherItems: '无。',
            specialRequirements: '无。',
          }
        : {
            processingFees: '本机关2022年度未收取信息处理费。',
            workPlan: '',
            proposals: '办理区人大代表建议3件、区政协提案5件，答复内容均已公开。',
            innovation: '',
            statisticsNotes: '',
            otherItems: '其他无需要报告的事项。',
            specialRequirements: '',
          },
    otherMattersHeadings: year === 2021,
    layout: {
      overviewHeadings: LIXIA_HEADINGS,
      ...(year === 2022 ? { otherMattersUnmarked: true } : {}),
    },
  };
};

// ---- 马峦街道: a sub-district office with no application all year (every part 三/四 cell 0) -------

const maluan2022 = makeNumbers({
  seed: 2022_13,
  received: {},
  results: ['granted'],
  proactive: proactiveOf([0, 0, 0], [0, 0, 0], 0, 37, 0, 0),
});

const maluan = (): CorpusReport => ({
  key: 'maluan-2022',
  agencyName: '深圳市坪山区马峦街道办事处',
  year: 2022,
  kind: 'department',
  title: `深圳市坪山区马峦街道办事处2022年${REPORT_TITLE}`,
  preamble: [
    '本报告根据《中华人民共和国政府信息公开条例》要求，由深圳市坪山区马峦街道办事处编制。报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在坪山区政府在线（www.szpsq.gov.cn）查阅。如对本报告有疑问，请与马峦街道党政综合办公室联系，地址：深圳市坪山区马峦街道沙坣同富路8号，联系电话：0755-84661234。',
  ],
  website: 'www.szpsq.gov.cn',
  contactAddress: '深圳市坪山区马峦街道沙坣同富路8号',
  contactPhone: '0755-84661234',
  publishDate: '2023-01-16',
  // typed with the circle of the symbol menu for 〇, as many 落款 are
  publishDateText: '二○二三年一月十六日',
  numbers: maluan2022,
  overview: {
    intro: '',
    proactive:
      '街道在区政府在线网站街道栏目发布工作动态、通知公告等信息127条，及时公开辖区城市更新、民生实事项目进展情况。',
    onRequest: '本年度未收到政府信息公开申请，无上年结转的申请。',
    management: '按照“先审后发”的要求，对拟公开的信息逐条进行保密审查。',
    platforms: '依托区政府在线网站街道栏目和“马峦发布”公众号公开信息。',
    oversight: '街道党政综合办公室负责政务公开日常工作，全年开展自查2次。',
  },
  problems: {
    problems: '信息发布的主动性不足，部分栏目更新频率较低。',
    improvements: '下一步将明确各科室的信息报送任务，按月通报更新情况。',
  },
  otherMatters: {
    processingFees: '本年度没有收取信息处理费。',
    workPlan: '已按照区政务公开工作要点完成各项任务。',
    proposals: '无。',
    innovation: '无。',
    statisticsNotes: '无。',
    otherItems: '无。',
    specialRequirements: '无。',
  },
  otherMattersHeadings: false,
  // 「（一）主动公开情况街道在……」: the bold heading and its text in one paragraph, nothing between.
  layout: { overviewInline: '' },
});

// ---- 杭州市公安局: four-digit counts, a comma in the narrative's figure, six-digit decisions ------

const hzga2022 = makeNumbers({
  seed: 2022_14,
  received: { natural: 1387, business: 45, research: 3, publicInterest: 2, legal: 61, otherOrg: 5 },
  carriedOver: { natural: 36, legal: 2 },
  carriedForward: { natural: 41, business: 1 },
  results: [
    'granted',
    'partiallyGranted',
    'withheldStateSecret',
    'withheldThirdParty',
    'withheldEnforcementFile',
    'withheldQueryMatter',
    'unavailableNotHeld',
    'notProcessedComplaint',
    'notProcessedMassRepeated',
    'otherNoCorrection',
    'otherOther',
  ],
  proactive: proactiveOf([0, 0, 0], [4, 9, 87], 98231, 186452, 2311, 0),
  appeals: {
    reconsideration: [27, 3, 2, 6],
    litigationDirect: [11, 1, 4, 9],
    litigationAfterReconsideration: [5, 0, 1, 2],
  },
});

const hzga = (): CorpusReport => {
  const a = hzga2022.applications;
  const r = hzga2022.appeals;
  const received = a.newReceived.total!;
  return {
    key: 'hzga-2022',
    agencyName: '杭州市公安局',
    year: 2022,
    kind: 'department',
    title: `杭州市公安局2022年${REPORT_TITLE}`,
    preamble: [
      '本报告由杭州市公安局根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在杭州市公安局门户网站（https://gaj.hangzhou.gov.cn）下载。',
      '如对本报告有疑问，请与杭州市公安局政务公开办公室联系（地址：杭州市上城区解放路100号，电话：0571-87280000）。',
    ],
    website: 'https://gaj.hangzhou.gov.cn',
    contactAddress: '杭州市上城区解放路100号',
    contactPhone: '0571-87280000',
    publishDate: '2023-01-31',
    publishDateText: '二O二三年一月三十一日',
    numbers: hzga2022,
    overview: {
      intro:
        '2022年，杭州市公安局坚持以公开为常态、不公开为例外，围绕平安杭州建设和亚运安保工作，推进警务公开，提升执法公信力。',
      proactive:
        '全年通过门户网站、“杭州公安”政务新媒体发布警情通报、便民提示等信息1.2万余条。公开户政、出入境、交通管理等办事指南406项，按季度公开行政处罚和行政许可数据。',
      onRequest: `全年共受理政府信息公开申请${received.toLocaleString('en-US')}件，上年结转${a.carriedOver.total}件；依法办结${(a.totalHandled.total ?? 0).toLocaleString('en-US')}件，结转下年度继续办理${a.carriedForward.total}件。因政府信息公开被申请行政复议${r.reconsideration.total}件，被提起行政诉讼${r.litigationDirect.total! + r.litigationAfterReconsideration.total!}件。`,
      management:
        '建立健全信息公开属性源头认定、发布前保密审查和发布后动态调整机制，全年对1600余条历史信息进行复核。',
      platforms: '门户网站设置“政府信息公开”专栏，整合“杭州公安”微信、微博、抖音账号，统一发布口径。',
      oversight:
        '局政务公开领导小组由分管副局长任组长，各业务警种明确1名联络员。组织全市公安机关政务公开培训3期。',
    },
    problems: {
      problems: '依申请公开案件数量大、类型多，个别单位答复期限把握不够精准；执法信息公开的解读还不够充分。',
      improvements:
        '一是完善依申请公开案件流转系统，设置期限预警；二是加强执法信息的解读，以案释法，回应社会关切。',
    },
    otherMatters: {
      processingFees: '2022年，本机关未收取信息处理费。',
      workPlan: '按照全市政务公开工作要点，细化落实警务公开任务22项，均已完成。',
      proposals: '全年办理市人大代表建议31件、市政协提案26件，办理结果均已按规定公开。',
      innovation: '推出“警务公开直播间”，围绕交通管理、出入境等主题开展直播12场。',
      statisticsNotes: `结转下年度继续办理的${a.carriedForward.total}件申请，均在法定期限内。另有上级机关转来的协助调查件${14}件，未计入本年新收申请数量。`,
      otherItems: '无。',
      specialRequirements: '无。',
    },
    otherMattersHeadings: false,
    layout: { problemsHeadings: ['（一）存在问题', '（二）改进措施'] },
  };
};

// ---- 蒙阴县卫生健康局: 落款 date in Chinese numerals, an area code in brackets, 「通讯地址」「网址」 ----

const mengyin2023 = makeNumbers({
  seed: 2023_15,
  received: { natural: 17, business: 2, research: 0, publicInterest: 0, legal: 1, otherOrg: 0 },
  carriedOver: { natural: 1 },
  results: ['granted', 'partiallyGranted', 'unavailableNotHeld', 'otherUnpaidFee', 'otherOther'],
  proactive: proactiveOf([0, 0, 0], [1, 0, 6], 214, 58, 3, 0),
  appeals: { reconsideration: [0, 1, 0, 0] },
});

const mengyin = (): CorpusReport => {
  const a = mengyin2023.applications;
  return {
    key: 'mengyin-2023',
    agencyName: '蒙阴县卫生健康局',
    year: 2023,
    kind: 'department',
    title: `蒙阴县卫生健康局2023年${REPORT_TITLE}`,
    preamble: [
      '本报告依据《中华人民共和国政府信息公开条例》第五十条的规定编制，由蒙阴县卫生健康局负责解释。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '本报告电子版可在蒙阴县人民政府网站查阅，网址：http://www.mengyin.gov.cn。如对本报告有任何疑问，请联系蒙阴县卫生健康局办公室，通讯地址：蒙阴县城叠翠路109号，联系电话：（0539）4271234。',
    ],
    website: 'http://www.mengyin.gov.cn',
    contactAddress: '蒙阴县城叠翠路109号',
    contactPhone: '（0539）4271234',
    publishDate: '2024-01-26',
    publishDateText: '二〇二四年一月二十六日',
    numbers: mengyin2023,
    overview: {
      intro: '',
      proactive:
        '全年主动公开医疗卫生领域信息263条，包括医疗机构执业登记、公共场所卫生许可、疫苗接种点信息等，更新基层医疗卫生机构名录1次。',
      onRequest: `本年度新收政府信息公开申请${a.newReceived.total}件，上年结转${a.carriedOver.total}件，均已按期办结。其中1件申请人逾期未缴纳信息处理费，不再处理。因政府信息公开被申请行政复议1件，复议结果为纠正。`,
      management: '严格执行信息发布审核制度，涉及患者隐私的信息一律不予公开。',
      platforms: '在县政府网站设置“卫生健康”专栏，同步在“健康蒙阴”公众号发布。',
      oversight: '成立政务公开工作领导小组，局办公室负责具体工作，全年接受县政务公开办督导检查2次。',
    },
    problems: {
      problems: '对照群众需求，医疗服务信息的公开还不够全面，部分办事指南的表述不够通俗。',
      improvements: '针对上述问题，将编制医疗服务信息公开清单，对办事指南逐项进行通俗化修改。',
    },
    otherMatters: {
      processingFees:
        '本年度按照《政府信息公开信息处理费管理办法》发出收费通知1件，申请人逾期未缴纳，未实际收取费用。',
      workPlan: '认真落实全县2023年政务公开工作要点中涉及卫生健康领域的各项任务。',
      proposals: '办理县人大代表建议5件、县政协提案8件，办理结果均已公开。',
      innovation: '无。',
      statisticsNotes: '无。',
      otherItems: '无。',
      specialRequirements: '无。',
    },
    otherMattersHeadings: true,
  };
};

export const HANDWRITTEN_REPORTS: readonly CorpusReport[] = [
  huzhou(),
  lixia(2021),
  lixia(2022),
  maluan(),
  hzga(),
  mengyin(),
];

export const HANDWRITTEN_CHAINS: readonly (readonly [string, string])[] = [['lixia-2021', 'lixia-2022']];
