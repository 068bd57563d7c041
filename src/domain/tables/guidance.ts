// 填报说明 for every row of every table (issue 14 §3, SPEC §12): the article of the 《中华人民共和国
// 政府信息公开条例》 (2019年修订，国务院令第711号) or the note of the national format
// (国办公开办函〔2021〕30号) the row rests on, with the official wording in 「」 — only official text
// is quoted — and, in plain words, what the row counts. Where no article applies, only what the
// row counts. Common practice in published reports is marked as practice, not law.
// Sources as prepared for the project: /work/wt/guidance-notes.md (the lead's verified quotes).
import type { AppealGroup, ApplicationRow, ProactiveRow } from '../report/keys';
import type { ApplicationGroup } from '../report/labels';

export const REGULATION_NAME = '《中华人民共和国政府信息公开条例》';
export const FORMAT_NAME = '《中华人民共和国政府信息公开工作年度报告格式》';

export type Basis = {
  source: 'regulation' | 'format';
  /** e.g. 第三十六条第（一）项; for the format, where its note stands */
  article: string;
  /** verbatim fragments of the official text */
  quotes?: readonly string[];
};

export type Guidance = {
  basis: readonly Basis[];
  /** what to count here, in plain words */
  counts: string;
  /** common practice in published reports (not law) */
  practice?: string;
};

const reg = (article: string, ...quotes: string[]): Basis => ({ source: 'regulation', article, quotes });
const art20 = (item: string, quote: string) => reg(`第二十条第（${item}）项`, quote);

const DOCUMENT_COUNTS =
  '本年制发：本年本机关制定公布的件数；本年废止：本年废止的件数；现行有效：截至12月31日现行有效的件数，应等于上年现行有效件数＋本年制发－本年废止，不一致的须在第六部分「（五）数据统计需要说明的事项」中说明。';

export const PROACTIVE_GUIDANCE: Readonly<Record<ProactiveRow, Guidance>> = {
  regulations: {
    basis: [art20('一', '行政法规、规章和规范性文件')],
    counts: `${DOCUMENT_COUNTS}没有规章制定权的机关填0。`,
  },
  normativeDocuments: {
    basis: [art20('一', '行政法规、规章和规范性文件')],
    counts: DOCUMENT_COUNTS,
  },
  licensing: {
    basis: [art20('五', '办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果')],
    counts: '本年作出的行政许可处理决定数量。',
  },
  punishment: {
    basis: [
      art20('六', '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定'),
    ],
    counts: '本年作出的行政处罚决定数量。',
  },
  enforcement: {
    basis: [
      art20('六', '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定'),
    ],
    counts: '本年作出的行政强制决定数量。',
  },
  fees: {
    basis: [art20('八', '行政事业性收费项目及其依据、标准')],
    counts:
      '本机关本年的行政事业性收费金额，单位万元，可保留至6位小数。向申请人收取的信息处理费（《条例》第四十二条）不在此填写，在第六部分「（一）信息处理费收取情况」中说明。',
  },
};

const WITHHELD = reg('第三十六条第（三）项', '行政机关依据本条例的规定决定不予公开的');

export const MATRIX_GUIDANCE: Readonly<Record<ApplicationRow | ApplicationGroup, Guidance>> = {
  newReceived: {
    basis: [reg('第三十一条')],
    counts:
      '1月1日至12月31日收到的申请。收到申请的日期按《条例》第三十一条确定：当面提交的为提交之日，邮寄的为行政机关签收之日，通过互联网渠道或传真提交的为双方确认之日。每件申请只按最终办理结果计一次，因此每列须满足：一＋二＝（七）总计＋四。',
    practice: '上级机关转来的信息公开协助调查件不计入本年新收申请。',
  },
  carriedOver: {
    basis: [],
    counts: '上一年度结转到本年继续办理的申请，应等于上一年度报告的「四、结转下年度继续办理」。',
  },
  results: {
    basis: [
      {
        source: 'format',
        article: '表内说明',
        quotes: ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和'],
      },
    ],
    counts: '本年办结的申请，每件只按最终办理结果计入（一）至（六）中的一项。',
  },
  granted: {
    basis: [
      reg('第三十六条第（一）项', '所申请公开信息已经主动公开的'),
      reg('第三十六条第（二）项', '所申请公开信息可以公开的'),
    ],
    counts: '全部予以公开（含告知已主动公开的获取方式）的申请。',
  },
  partiallyGranted: {
    basis: [
      reg(
        '第三十七条',
        '能够作区分处理的，行政机关应当向申请人提供可以公开的政府信息内容，并对不予公开的内容说明理由',
      ),
      { source: 'format', article: '本项名称中的说明', quotes: ['区分处理的，只计这一情形，不计其他情形'] },
    ],
    counts: '部分公开、部分不予公开的申请只计入本项，不再计入（三）不予公开。',
  },
  withheld: {
    basis: [WITHHELD],
    counts: '决定不予公开的申请，按不予公开的理由计入下列一项。',
  },
  withheldStateSecret: {
    basis: [WITHHELD, reg('第十四条', '依法确定为国家秘密的政府信息')],
    counts: '因属于国家秘密不予公开的申请。',
  },
  withheldOtherLaw: {
    basis: [WITHHELD, reg('第十四条', '法律、行政法规禁止公开的政府信息')],
    counts: '因法律、行政法规禁止公开而不予公开的申请。',
  },
  withheldSafetyStability: {
    basis: [WITHHELD, reg('第十四条', '公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息')],
    counts: '因公开后可能危及“三安全一稳定”不予公开的申请。',
  },
  withheldThirdParty: {
    basis: [WITHHELD, reg('第十五条', '涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息')],
    counts: '为保护第三方合法权益不予公开的申请。',
  },
  withheldInternalAffairs: {
    basis: [WITHHELD, reg('第十六条第一款', '人事管理、后勤管理、内部工作流程等方面的信息')],
    counts: '因属于内部事务信息不予公开的申请。',
  },
  withheldProcessInfo: {
    basis: [WITHHELD, reg('第十六条第二款', '讨论记录、过程稿、磋商信函、请示报告等过程性信息')],
    counts: '因属于过程性信息不予公开的申请。',
  },
  withheldEnforcementFile: {
    basis: [WITHHELD, reg('第十六条第二款', '行政执法案卷信息')],
    counts: '因属于行政执法案卷信息不予公开的申请。',
  },
  withheldQueryMatter: {
    basis: [
      WITHHELD,
      reg(
        '第三十六条第（七）项',
        '所申请公开信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的',
      ),
    ],
    counts: '属于行政查询事项、告知按相关法律法规办理的申请。',
  },
  unavailable: {
    basis: [],
    counts: '无法提供所申请信息的申请，按原因计入下列一项。',
  },
  unavailableNotHeld: {
    basis: [
      reg('第三十六条第（四）项', '经检索没有所申请公开信息的'),
      reg('第三十六条第（五）项', '所申请公开信息不属于本行政机关负责公开的'),
    ],
    counts: '经检索没有所申请信息，或信息不属于本机关负责公开的申请。',
  },
  unavailableNeedsCreation: {
    basis: [reg('第三十八条', '需要行政机关对现有政府信息进行加工、分析的，行政机关可以不予提供')],
    counts: '没有现成信息、需要另行制作或加工分析的申请。',
  },
  unavailableUnclear: {
    basis: [reg('第三十条')],
    counts: '申请内容不明确、一次性告知补正后仍不明确的申请。',
  },
  notProcessed: {
    basis: [],
    counts: '不作为政府信息公开申请处理的，按情形计入下列一项。',
  },
  notProcessedComplaint: {
    basis: [reg('第三十九条第一款', '申请人以政府信息公开申请的形式进行信访、投诉、举报等活动')],
    counts: '以信息公开申请形式进行信访、投诉、举报的申请。',
  },
  notProcessedDuplicate: {
    basis: [reg('第三十六条第（六）项', '申请人重复申请公开相同政府信息的，告知申请人不予重复处理')],
    counts: '重复申请公开相同信息、告知不予重复处理的申请。',
  },
  notProcessedPublication: {
    basis: [reg('第三十九条第二款', '要求行政机关提供政府公报、报刊、书籍等公开出版物的')],
    counts: '要求提供公开出版物的申请。',
  },
  notProcessedMassRepeated: {
    basis: [reg('第三十五条', '申请人申请公开政府信息的数量、频次明显超过合理范围')],
    counts: '无正当理由大量、反复申请，不予处理的申请。',
  },
  notProcessedConfirmation: {
    basis: [],
    counts: '申请人要求行政机关确认、或重新出具其已经获取的信息的申请。',
  },
  otherHandling: {
    basis: [],
    counts: '以上（一）至（五）以外的办结方式，按情形计入下列一项。',
  },
  otherNoCorrection: {
    basis: [
      reg('第三十条', '申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请'),
    ],
    counts: '申请人无正当理由逾期不补正、不再处理的申请。',
  },
  otherUnpaidFee: {
    basis: [reg('第四十二条')],
    counts:
      '已发出收费通知、申请人逾期未缴纳费用、不再处理的申请。本项不为0时，第六部分「（一）信息处理费收取情况」须说明收费情况。',
  },
  otherOther: {
    basis: [],
    counts: '以上各项以外的其他办理结果。',
    practice: '申请人主动撤回的申请计入本项。',
  },
  totalHandled: {
    basis: [],
    counts: '自动计算：（一）至（六）各项之和，不需填写。',
  },
  carriedForward: {
    basis: [reg('第三十三条')],
    counts:
      '12月31日仍在办理中（未到答复期限或在延长期限内）的申请；下一年度报告须作为「二、上年结转政府信息公开申请数量」填报。',
  },
};

const APPEALS_BASIS = [
  reg('第五十条第（三）项', '因政府信息公开工作被申请行政复议、提起行政诉讼的情况'),
  reg('第五十一条', '可以依法申请行政复议或者提起行政诉讼'),
];
const RESULT_COLUMNS =
  '按结果分列：结果维持、结果纠正、其他结果（如驳回、终止等）、尚未审结（截至12月31日尚未作出决定或判决）；总计自动计算。';

export const APPEALS_GUIDANCE: Readonly<Record<AppealGroup, Guidance>> = {
  reconsideration: {
    basis: APPEALS_BASIS,
    counts: `本年因政府信息公开工作被申请行政复议的案件，${RESULT_COLUMNS}`,
  },
  litigationDirect: {
    basis: APPEALS_BASIS,
    counts: `本年因政府信息公开工作未经行政复议直接被提起行政诉讼的案件，${RESULT_COLUMNS}`,
  },
  litigationAfterReconsideration: {
    basis: APPEALS_BASIS,
    counts: `本年因政府信息公开工作经行政复议后被提起行政诉讼的案件，${RESULT_COLUMNS}`,
  },
};

/** The note as lines a clerk reads: where it comes from (with the official words), then what to count. */
export function guidanceLines(g: Guidance): string[] {
  const lines = g.basis.map((b) => {
    const source =
      b.source === 'regulation' ? `${REGULATION_NAME}${b.article}` : `${FORMAT_NAME}${b.article}`;
    const quotes = (b.quotes ?? []).map((q) => `「${q}」`).join('');
    return `依据：${source}${quotes ? `：${quotes}` : ''}`;
  });
  lines.push(`填写：${g.counts}`);
  if (g.practice) lines.push(`常见做法（非法定要求）：${g.practice}`);
  return lines;
}
