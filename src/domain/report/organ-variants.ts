// The same organ under two names across years (nianbao issue 18): 「洪泽区人民政府」 one year,
// 「淮安市洪泽区人民政府」 the next; 「平阳县人民政府办公室」 publishing for 「平阳县人民政府」;
// 「临沭县教育和体育局(县委教育工作领导小组秘书组)」 with half- or full-width brackets, or without
// the bracketed second name. Cross-year checks (上年结转, 现行有效件数, 内容雷同) need last year's report,
// so such names are proposed as the same organ — with the reason, for the user to confirm — but
// never linked silently: two different places or two different departments never match.
import { normalizeOrganName } from './organ-name';

export type OrganMatch =
  /** the same name (spaces, full/half-width forms aside) */
  | { kind: 'same'; reason: string }
  /** a variant of the name: the user confirms */
  | { kind: 'variant'; reason: string }
  /** another name the report itself gives as its organ's former one (organ-renamed.ts): the user confirms */
  | { kind: 'renamed'; reason: string };

/** Characters that end the name of an administrative area (省、市、县、区 …). */
const LEVEL = /[省市县区旗州盟]$|自治区$|自治州$|自治县$|地区$/u;
/** A place's name needs at least this many characters before its level character (「洪泽区」, not 「区」). */
const MIN_PLACE = 2;

type Step = { from: string; to: string; why: string };

/**
 * The name with its second name in brackets, 「人民政府」→「政府」, 「管理委员会」→「管委会」 and a
 * government's 「办公室」 reduced.
 */
function baseForm(name: string): { base: string; steps: Step[] } {
  const steps: Step[] = [];
  let base = normalizeOrganName(name);
  const apply = (re: RegExp, to: string, why: string) => {
    const next = base.replace(re, to);
    if (next !== base && next !== '') {
      steps.push({ from: base, to: next, why });
      base = next;
    }
  };
  apply(/\([^()]*\)$/u, '', '括号中的另一名称不计');
  apply(/(政府)办公室$/u, '$1', '政府办公室发布的是本级政府的报告');
  apply(/(政府)办$/u, '$1', '「政府办」即政府办公室');
  apply(/人民政府/u, '政府', '「政府」即「人民政府」');
  apply(/管理委员会/u, '管委会', '「管委会」即「管理委员会」');
  return { base, steps };
}

/** `longer` = a higher-level place + `shorter` (「淮安市」+「洪泽区政府」); the prefix, or ''. */
function higherLevelPrefix(longer: string, shorter: string): string {
  if (longer.length <= shorter.length || !longer.endsWith(shorter)) return '';
  const prefix = longer.slice(0, longer.length - shorter.length);
  if (!LEVEL.test(prefix) || prefix.length < MIN_PLACE + 1) return '';
  // The shorter name must itself start with a place (「洪泽区…」), not with a department word.
  const level = shorter.search(/[省市县区旗州盟]/u);
  return level >= MIN_PLACE ? prefix : '';
}

const quote = (s: string) => `「${s}」`;

/**
 * Whether two organ names name the same organ, and why; null when they do not (or only might in a
 * way this function does not know — then the user links by hand).
 */
export function organMatch(a: string, b: string): OrganMatch | null {
  const na = normalizeOrganName(a);
  const nb = normalizeOrganName(b);
  if (na === '' || nb === '') return null;
  if (na === nb)
    return {
      kind: 'same',
      reason: a.trim() === b.trim() ? '机关名称相同' : '机关名称相同（仅空格或全角、半角字符不同）',
    };
  const fa = baseForm(a);
  const fb = baseForm(b);
  // Only what differs between the two names explains the match.
  const whyA = new Set(fa.steps.map((s) => s.why));
  const whyB = new Set(fb.steps.map((s) => s.why));
  const why = [...whyA, ...whyB].filter((w) => !(whyA.has(w) && whyB.has(w)));
  const [longer, shorter] = fa.base.length >= fb.base.length ? [fa.base, fb.base] : [fb.base, fa.base];
  const prefix = longer === shorter ? '' : higherLevelPrefix(longer, shorter);
  if (longer !== shorter && prefix === '') return null;
  if (prefix) why.push(`去掉上级地名${quote(prefix)}后相同`);
  return {
    kind: 'variant',
    reason: `${quote(a.trim())}与${quote(b.trim())}应为同一机关：${[...new Set(why)].join('；')}`,
  };
}

export type OrganCandidate = { agencyName: string; year: number | null };
export type LinkProposal<T> = { candidate: T; match: OrganMatch };

/**
 * The reports that may be the previous year's of `current` (year − 1, same organ or a variant of
 * its name), the same name first. The caller links a 'same' one as before and shows a 'variant'
 * one with its reason for the user to confirm.
 */
export function proposePreviousYear<T extends OrganCandidate>(
  current: OrganCandidate,
  candidates: readonly T[],
): LinkProposal<T>[] {
  if (current.year === null) return [];
  const out: LinkProposal<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.year !== current.year - 1) continue;
    const match = organMatch(current.agencyName, candidate.agencyName);
    if (match) out.push({ candidate, match });
  }
  return out.sort((x, y) => (x.match.kind === y.match.kind ? 0 : x.match.kind === 'same' ? -1 : 1));
}
