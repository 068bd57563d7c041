// The verbatim labels of the national format (国办公开办函〔2021〕30号). This file is the
// only place they are written; tables, print, Word, import and the UI all read them from here.
import type {
  AppealField,
  AppealGroup,
  ApplicantColumn,
  ApplicationRow,
  DocumentField,
  NarrativePart,
  OtherMattersKey,
  OverviewKey,
  ProactiveField,
  ProactiveRow,
  ProblemsKey,
  ReportKind,
  ReviewStatus,
} from './keys';

export const REPORT_TITLE = '政府信息公开工作年度报告';

export const PART_TITLES = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
} as const;
export type PartKey = keyof typeof PART_TITLES;
export const PART_KEYS = Object.keys(PART_TITLES) as PartKey[];

export const OVERVIEW_LABELS: Record<OverviewKey, string> = {
  intro: '总述',
  proactive: '（一）主动公开情况',
  onRequest: '（二）依申请公开情况',
  management: '（三）政府信息管理情况',
  platforms: '（四）政府信息公开平台建设情况',
  oversight: '（五）监督保障情况',
};

export const PROBLEMS_LABELS: Record<ProblemsKey, string> = {
  problems: '存在的主要问题',
  improvements: '改进措施',
};

export const OTHER_MATTERS_LABELS: Record<OtherMattersKey, string> = {
  processingFees: '（一）信息处理费收取情况',
  workPlan: '（二）落实上级年度政务公开工作要点情况',
  proposals: '（三）人大代表建议和政协提案办理结果公开情况',
  innovation: '（四）年度政务公开工作创新情况',
  statisticsNotes: '（五）数据统计需要说明的事项',
  otherItems: '（六）认为需要报告的其他事项',
  specialRequirements: '（七）其他有关文件专门要求报告的事项',
};

export const NARRATIVE_LABELS: { [P in NarrativePart]: Record<string, string> } = {
  overview: OVERVIEW_LABELS,
  problems: PROBLEMS_LABELS,
  otherMatters: OTHER_MATTERS_LABELS,
};

export const MATRIX_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICANT_HEADER = '申请人情况';
export const ORGANIZATION_HEADER = '法人或其他组织';

export const APPLICANT_LABELS: Record<ApplicantColumn, string> = {
  natural: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legal: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

export const APPLICATION_ROW_LABELS: Record<ApplicationRow, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheldStateSecret: '1.属于国家秘密',
  withheldOtherLaw: '2.其他法律行政法规禁止公开',
  withheldSafetyStability: '3.危及“三安全一稳定”',
  withheldThirdParty: '4.保护第三方合法权益',
  withheldInternalAffairs: '5.属于三类内部事务信息',
  withheldProcessInfo: '6.属于四类过程性信息',
  withheldEnforcementFile: '7.属于行政执法案卷',
  withheldQueryMatter: '8.属于行政查询事项',
  unavailableNotHeld: '1.本机关不掌握相关政府信息',
  unavailableNeedsCreation: '2.没有现成信息需要另行制作',
  unavailableUnclear: '3.补正后申请内容仍不明确',
  notProcessedComplaint: '1.信访举报投诉类申请',
  notProcessedDuplicate: '2.重复申请',
  notProcessedPublication: '3.要求提供公开出版物',
  notProcessedMassRepeated: '4.无正当理由大量反复申请',
  notProcessedConfirmation: '5.要求行政机关确认或重新出具已获取信息',
  otherNoCorrection: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  otherUnpaidFee: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  otherOther: '3.其他',
  totalHandled: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** Group rows of the matrix: printed without inputs. */
export const APPLICATION_GROUP_LABELS = {
  results: '三、本年度办理结果',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  otherHandling: '（六）其他处理',
} as const;
export type ApplicationGroup = keyof typeof APPLICATION_GROUP_LABELS;

export const APPEAL_GROUP_LABELS: Record<AppealGroup, string> = {
  reconsideration: '行政复议',
  litigationDirect: '未经复议直接起诉',
  litigationAfterReconsideration: '复议后起诉',
};
export const LITIGATION_HEADER = '行政诉讼';
export const APPEAL_FIELD_LABELS: Record<AppealField, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

export const PROACTIVE_ROW_LABELS: Record<ProactiveRow, string> = {
  regulations: '规章',
  normativeDocuments: '行政规范性文件',
  licensing: '行政许可',
  punishment: '行政处罚',
  enforcement: '行政强制',
  fees: '行政事业性收费',
};
export const PROACTIVE_CONTENT_HEADER = '信息内容';
/** The items of 《条例》第二十条 that head the four sub-tables of part 二. */
export const PROACTIVE_ARTICLES = {
  item1: '第二十条第（一）项',
  item5: '第二十条第（五）项',
  item6: '第二十条第（六）项',
  item8: '第二十条第（八）项',
} as const;
export const DOCUMENT_FIELD_LABELS: Record<DocumentField, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
};
export const DECISIONS_LABEL = '本年处理决定数量';
export const FEE_AMOUNT_LABEL = '本年收费金额（单位：万元）';
export const PROACTIVE_FIELD_LABELS: Record<ProactiveField, string> = {
  ...DOCUMENT_FIELD_LABELS,
  decisions: DECISIONS_LABEL,
  amount: FEE_AMOUNT_LABEL,
};

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  department: '部门',
  government: '本级政府',
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  approved: '已审定',
};

/** SPEC §10 (2026-12-03): the reports 批量审核 saves (and last year's published text): a list filter. */
export const REFERENCE_REPORTS = '参考报告';
/** SPEC §10 (2026-12-03): takes a submitted report back while nothing has come back from the reviewer. */
export const WITHDRAW_SUBMISSION = '撤回提交';
/** SPEC §10 (2026-12-03): in 「设置」, what this browser is used for (one or both). */
export const BROWSER_USE_LABELS = { fill: '填报', review: '审核' } as const;

/** What a file handed between the unit and the 政务公开办 carries (in its name, for sorting a folder). */
export const EXCHANGE_FILE_KINDS = { submit: '送审', return: '退回', approve: '审定' } as const;

/** Whose report it is on this computer (review/roles.ts ReportOrigin). */
export const ORIGIN_LABELS = { own: '本机填报的报告', received: '收到的报告' } as const;

/** A warning whose 说明 was written for other numbers or text than the report has now. */
export const NEEDS_RECONFIRM = '需重新确认';

export const META_LABELS = {
  agencyName: '机关名称',
  year: '报告年度',
  reportKind: '报告类型',
  title: '报告标题',
  preamble: '前言',
  website: '网站',
  contactAddress: '联系地址',
  contactPhone: '联系电话',
  publishDate: '发布日期',
} as const;

export const WIZARD_STEPS = [
  { key: 'meta', label: '报告信息' },
  { key: 'overview', label: '一、总体情况' },
  { key: 'proactive', label: '二、主动公开' },
  { key: 'applications', label: '三、依申请公开' },
  { key: 'appeals', label: '四、复议诉讼' },
  { key: 'problems', label: '五、问题与改进' },
  { key: 'otherMatters', label: '六、其他事项' },
  { key: 'checks', label: '校验与导出' },
] as const;
export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key'];

export function defaultTitle(agencyName: string, year: number | null | undefined): string {
  // Without a year, no stray 「年」 (「某某局年政府信息公开…」).
  return year === null || year === undefined
    ? `${agencyName}${REPORT_TITLE}`
    : `${agencyName}${year}年${REPORT_TITLE}`;
}

/** The button on 报告信息 that writes the preamble from the step's fields. */
export const DEFAULT_PREAMBLE_BUTTON = '按报告信息生成前言';

/**
 * The opening paragraph most organs publish (SPEC §1: legal basis, the six parts, the statistics
 * period, where the e-version is, contact), written from 报告信息's fields: 网站, 联系地址 and
 * 联系电话 reach the printed report and the Word file only through it (h87's trial: a clerk who
 * filled the fields and left the 前言 empty published without them). A sentence whose field is
 * empty is left out, never written with a blank.
 */
export function defaultPreamble(meta: {
  agencyName: string;
  year: number | null | undefined;
  website: string;
  contactAddress: string;
  contactPhone: string;
}): string {
  const agency = meta.agencyName.trim();
  const parts = PART_KEYS.map((k) => PART_TITLES[k].replace(/^[一二三四五六]、/, '')).join('、');
  const sentences = [
    `本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求${agency ? `，由${agency}编制` : '编制'}。`,
    `全文包括${parts}。`,
  ];
  if (meta.year !== null && meta.year !== undefined)
    sentences.push(`本报告所列数据的统计期限自${meta.year}年1月1日起至${meta.year}年12月31日止。`);
  const website = meta.website.trim();
  if (website) sentences.push(`本报告电子版可在${website}查阅或下载。`);
  const contact = [
    meta.contactAddress.trim() && `地址：${meta.contactAddress.trim()}`,
    meta.contactPhone.trim() && `电话：${meta.contactPhone.trim()}`,
  ].filter(Boolean);
  if (contact.length > 0)
    sentences.push(`如对本报告有任何疑问，请与${agency || '本机关'}联系（${contact.join('；')}）。`);
  return sentences.join('');
}

/** Beside the tables (issue 14): the previous year's numbers, the blank form, the counting notes. */
export const SHOW_PREVIOUS_YEAR = '显示上年数';
export const PRINT_BLANK_FORM = '打印空白表';
export const GUIDANCE_TITLE = '填报说明';
/** A blank cell before its step has been worked on: neutral, not yet an error (SPEC §6). */
export const PENDING_INPUT = '待填';

/** 「校验与导出」: the report as a web page for the portal's CMS (SPEC §10, issue 14 §5). */
export const EXPORT_WEB_PAGE = '导出网页版';
export const COPY_WEB_PAGE = '复制网页版';
/** A range selected in a grid (as WPS表格's status bar counts it), announced to screen readers. */
export function rangeLabel(rows: number, columns: number): string {
  return `已选择 ${rows} 行 × ${columns} 列`;
}

/**
 * A block pasted into a grid whose numbers cannot say whether it holds the table's totals: the
 * clerk's two choices (cell for cell, totals skipped in place; or on the input lines only), for
 * rows, columns or both.
 */
export function pasteReadingLabel(
  reading: 'withTotals' | 'inputsOnly',
  dimensions: readonly ('rows' | 'columns')[],
): string {
  const of = (row: string, column: string) => dimensions.map((d) => (d === 'rows' ? row : column)).join('和');
  return reading === 'withTotals'
    ? `按原位置粘贴（含${of('合计行', '合计列')}）`
    : `只粘贴${of('填报行', '填报列')}`;
}
