// A RENAMED organ across years (nianbao issue 18 §4): 平潭综合实验区国有资产管理局 published its reports
// for 2021–2023 and, renamed, 平潭综合实验区投资促进局 those for 2024–2025. The two names share nothing a
// variant explains (organ-variants.ts), so cross-year checks (上年结转, 现行有效件数, 内容雷同) never saw
// last year's report. Only the report's own words are taken as evidence that last year's report under
// another name is the same organ's:
// - its 落款 signs with last year's name (投资促进局 2024 is signed 「平潭综合实验区国有资产管理局」);
// - its text names last year's organ as its former self: 「原…局」「（原…局）」「…局更名为…」「原名…」
//   「前身为…」「由…更名」 (the name in full, or without the place both names start with).
// The same 联系电话, 通讯地址 (even with the floor), 电子邮箱 or 传真 is NOT evidence: in 平潭 the 区's own
// report and its 管委会办公室's print the same phone, address and mailbox — on the real set of issue 18
// (helper-61, /work/real18/web-src/measure-rename-h61.mts, all 平潭 organs 2019–2025) phone gives 4
// false pairs, address with floor 2, e-mail 1, fax 1, the website 355; the 落款 1 true and 0 false.
// A proposal, never a silent link: exactly one report of year − 1 must carry the evidence, the organ
// must have no report of year − 1 under its own name (or a variant of it), and the former name must
// have no report of this year (an organ renamed does not publish under its old name any more).
import { normalizeOrganName } from './organ-name';
import { type LinkProposal, type OrganCandidate, type OrganMatch, organMatch } from './organ-variants';

export type RenameSubject = OrganCandidate & {
  /** the report's own texts (preamble, parts 一, 五, 六) */
  texts: readonly string[];
  /** the organ its 落款 signs with, when it is not the title's (the importer's summary), else '' */
  signedBy?: string;
};

const quote = (s: string) => `「${s}」`;
/** A text or name without its spaces (a name wrapped or spaced in print), as printed otherwise. */
const squeeze = (s: string) => s.replace(/[\s\u3000]+/gu, '');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The forms of last year's name the text may print: in full, and without the place both names start
 * with (「原国有资产管理局」 in a report of 「平潭综合实验区投资促进局」), when that leaves a name of its own.
 */
function formerForms(current: string, former: string): string[] {
  const forms = [former];
  let i = 0;
  while (i < current.length && i < former.length && current[i] === former[i]) i++;
  const rest = former.slice(i);
  if (i >= 2 && rest.length >= 3) forms.push(rest);
  return forms;
}

/** The sentence of `texts` (squeezed) that names `former` as the organ's former name, or ''. */
function namedAsFormer(texts: readonly string[], current: string, former: string): string {
  for (const text of texts) {
    for (const form of formerForms(current, former)) {
      // Most candidates' names are nowhere in the text: no pattern built for them.
      if (!text.includes(form)) continue;
      const f = escapeRe(form);
      const re = new RegExp(
        `原(?:名称?|称)?(?:为|是)?${f}|${f}(?:已|正式)?(?:更名|改名|改称)|前身(?:为|是)${f}|由${f}(?:更名|改名|改称|改设|调整)`,
        'u',
      );
      const m = re.exec(text);
      if (!m) continue;
      // The sentence around it, for the reason shown to the user.
      const start = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index)) + 1;
      const ends = ['。', '；'].map((c) => text.indexOf(c, m.index)).filter((n) => n >= 0);
      const end = ends.length > 0 ? Math.min(...ends) : text.length;
      const sentence = text.slice(start, end);
      return sentence.length <= 80 ? sentence : m[0];
    }
  }
  return '';
}

/** Why `current`'s report says `former` is its organ's former name, or null. */
export function renameEvidence(current: RenameSubject, former: string): string | null {
  return evidence(current, current.texts.map(squeeze), former);
}

function evidence(current: RenameSubject, texts: readonly string[], former: string): string | null {
  const name = normalizeOrganName(current.agencyName);
  const old = normalizeOrganName(former);
  if (name === '' || old === '' || organMatch(name, old)) return null;
  const signed = normalizeOrganName(current.signedBy ?? '');
  if (signed !== '' && (signed === old || organMatch(signed, old)))
    return `落款为${quote(current.signedBy!.trim())}（本报告标题为${quote(current.agencyName.trim())}）`;
  const sentence = namedAsFormer(texts, squeeze(current.agencyName), squeeze(former));
  if (sentence) return `报告中写明原名称${quote(former.trim())}：${quote(sentence)}`;
  return null;
}

/**
 * Last year's report of an organ that was renamed, with the evidence, when exactly one report of
 * year − 1 carries it and the organ has none under its own name (or a variant of it); [] else.
 * `candidates` are the reports of any year (the caller's list); those of this year tell a former
 * name that still publishes.
 */
export function proposeRenamed<T extends OrganCandidate>(
  current: RenameSubject,
  candidates: readonly T[],
): LinkProposal<T>[] {
  if (current.year === null || normalizeOrganName(current.agencyName) === '') return [];
  const lastYear = candidates.filter((c) => c.year === current.year! - 1);
  if (lastYear.some((c) => organMatch(current.agencyName, c.agencyName))) return [];
  const stillPublishing = (former: string) =>
    candidates.some((c) => c.year === current.year && organMatch(c.agencyName, former));
  const texts = current.texts.map(squeeze);
  const found: LinkProposal<T>[] = [];
  for (const candidate of lastYear) {
    const reason = evidence(current, texts, candidate.agencyName);
    if (reason === null || stillPublishing(candidate.agencyName)) continue;
    const match: OrganMatch = {
      kind: 'renamed',
      reason: `${quote(candidate.agencyName.trim())}更名为${quote(current.agencyName.trim())}：${reason}`,
    };
    found.push({ candidate, match });
  }
  // Two reports of last year under names the text gives as former ones: the user links by hand.
  return found.length === 1 ? found : [];
}

/** A report's texts (the parts may be absent from a partial draft: a batch's test items). */
type DraftTexts = {
  meta: { preamble?: string };
  overview?: Record<string, string>;
  problems?: Record<string, string>;
  otherMatters?: Record<string, string>;
};

/** The texts of a report that may name its organ's former name. */
export function reportTexts(draft: DraftTexts): string[] {
  return [
    draft.meta.preamble ?? '',
    ...Object.values(draft.overview ?? {}),
    ...Object.values(draft.problems ?? {}),
    ...Object.values(draft.otherMatters ?? {}),
  ].filter((t) => typeof t === 'string' && t.trim() !== '');
}
