// Where the row labels of a table are in its text (nianbao issue 18). The text pieces of the
// table (numbers left out) are read as one stream of characters, and each label of the format is
// looked for in it by a semi-global alignment: the label must be (nearly) all there, in order,
// but other characters may sit between its characters — a label wrapped over lines with a group
// label's fragments between the lines (PDF text), a label glued to the header before it (a page
// saved as one line), a typo. Of all the places a label fits, one per label is chosen so that
// the labels keep the order of the format (a dynamic programme over the candidates). Which cells
// belong to which label is decided afterwards (pair-cells.ts), never by line position.
import { labelNumbering, normalizeLabel } from './label-match';
import type { TableToken } from './table-tokens';

export type LabelCandidate<K> = {
  key: K;
  /** normalised forms of the label(s) this row is published under */
  forms: readonly string[];
  /** how much a match counts when labels compete for the order (group labels count less) */
  weight: number;
  /**
   * Normalised words only this row's label prints (「不掌握」「另行制作」), looked for only where no
   * form of the label fits well: a label shortened or reworded by the report. Where the label fits,
   * its own match is taken (a label wrapped over lines keeps all its pieces, not the key word's).
   */
  keyForms?: readonly string[];
  /**
   * The value of the numbering the format prints before the label (「3.其他」: 3). A match that starts a
   * text piece numbered otherwise (「2.其他法律…」) is most likely another row's label.
   */
  numbering?: number | null;
};

export type LocatedLabel<K> = {
  /** index into the candidates */
  index: number;
  key: K;
  /** 0…1 */
  score: number;
  /** token indices of the first and last text piece of the match */
  firstToken: number;
  lastToken: number;
  /** the source text of the match (its pieces joined) */
  text: string;
};

/** A label needs this score (one wrong character in a three-character label still passes). */
export const LABEL_SCORE = 0.6;
const MISSING = 0.5;
const JUNK = 0.5;
const CHANGED = 0.5;
/** A match that starts or ends inside a text piece (not at its edge) is less likely the label. */
const EDGE_PENALTY = 0.15;
const PER_LABEL = 8;
/** A label's key words are looked for only where the label itself fits no better than this. */
const KEY_FORMS_BELOW = 0.9;
/**
 * A match that starts a text piece whose own numbering differs from the label's (「2.其他法律…」 for
 * 「3.其他」): enough to drop a short label found inside a longer one, not a long label whose report
 * misnumbered it.
 */
const NUMBERING_PENALTY = 0.3;
/** Labels this short are found only at a text piece's start or end. */
const SHORT_FORM = 2;
/** A real table's text is a few thousand characters; past this it is not a table (bounds the work). */
const MAX_STREAM = 20_000;
/** Chain values closer than this are a tie (sums of scores that are multiples of small fractions). */
const TIE = 1e-9;

type Stream = {
  chars: string;
  token: Int32Array;
  first: Uint8Array;
  last: Uint8Array;
  /** by token index: the value of the piece's own leading numbering, or null */
  numbering: (number | null)[];
};

function streamOf(tokens: readonly TableToken[]): Stream {
  let chars = '';
  const token: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const numbering: (number | null)[] = [];
  tokens.forEach((t, i) => {
    numbering.push(t.kind === 'text' ? labelNumbering(t.text) : null);
    if (t.kind !== 'text' || chars.length >= MAX_STREAM) return;
    const norm = normalizeLabel(t.text);
    for (let k = 0; k < norm.length; k++) {
      token.push(i);
      first.push(k === 0 ? 1 : 0);
      last.push(k === norm.length - 1 ? 1 : 0);
    }
    chars += norm;
  });
  return {
    chars,
    token: Int32Array.from(token),
    first: Uint8Array.from(first),
    last: Uint8Array.from(last),
    numbering,
  };
}

type Match = { from: number; to: number; score: number };

/** The places `form` fits in the stream: end positions that are local maxima of the alignment. */
function matchesOf(form: string, s: Stream, numbering: number | null): Match[] {
  const m = form.length;
  const n = s.chars.length;
  if (m === 0 || n === 0) return [];
  let prev = new Float64Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let cur = new Float64Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prevStart[j] = j;
  for (let i = 1; i <= m; i++) {
    const c = form.charCodeAt(i - 1);
    cur[0] = -MISSING * i;
    curStart[0] = 0;
    for (let j = 1; j <= n; j++) {
      const same = s.chars.charCodeAt(j - 1) === c;
      let best = prev[j - 1]! + (same ? 1 : -CHANGED);
      let start = prevStart[j - 1]!;
      const junk = cur[j - 1]! - JUNK;
      if (junk > best) {
        best = junk;
        start = curStart[j - 1]!;
      }
      const missing = prev[j]! - MISSING;
      if (missing > best) {
        best = missing;
        start = prevStart[j]!;
      }
      cur[j] = best;
      curStart[j] = start;
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  const out: Match[] = [];
  const floor = (LABEL_SCORE - 2 * EDGE_PENALTY) * m;
  for (let j = 1; j <= n; j++) {
    const h = prev[j]!;
    if (h < floor || h < prev[j - 1]! || (j < n && h <= prev[j + 1]!)) continue;
    const from = prevStart[j]!;
    if (from >= j) continue;
    // A two-letter label (「其他」 of 「3.其他」) in the middle of a text piece, touching neither edge, is
    // words of that text (「，不计其他情形）」, the last line of 部分公开's wrapped label), not a row.
    if (m <= SHORT_FORM && !s.first[from] && !s.last[j - 1]) continue;
    let score = h / m;
    if (!s.first[from]) score -= EDGE_PENALTY;
    if (!s.last[j - 1]) score -= EDGE_PENALTY;
    if (s.first[from] && numbering !== null) {
      const own = s.numbering[s.token[from]!];
      if (own !== null && own !== undefined && own !== numbering) score -= NUMBERING_PENALTY;
    }
    if (score >= LABEL_SCORE) out.push({ from, to: j, score: Math.min(1, score) });
  }
  return out.sort((a, b) => b.score - a.score || a.from - b.from).slice(0, PER_LABEL);
}

type Option = { index: number; match: Match; value: number };

/**
 * One place per label, in the order of the format, maximising the sum of the weighted scores.
 * Labels with no good place are left out (the caller says so).
 */
export function locateLabels<K>(
  tokens: readonly TableToken[],
  candidates: readonly LabelCandidate<K>[],
): LocatedLabel<K>[] {
  const s = streamOf(tokens);
  const options: Option[] = [];
  candidates.forEach((c, index) => {
    const seen = new Map<string, Match>();
    const add = (forms: readonly string[]) => {
      for (const form of forms)
        for (const match of matchesOf(form, s, c.numbering ?? null)) {
          const key = `${match.from}:${match.to}`;
          const before = seen.get(key);
          if (!before || before.score < match.score) seen.set(key, match);
        }
    };
    add(c.forms);
    const bestFull = Math.max(0, ...[...seen.values()].map((m) => m.score));
    if (bestFull < KEY_FORMS_BELOW && c.keyForms) add(c.keyForms);
    for (const match of seen.values()) options.push({ index, match, value: match.score * c.weight });
  });
  // Options sorted by end; best[k]: the best chain ending with option k.
  options.sort((a, b) => a.match.to - b.match.to || a.index - b.index);
  const best = new Float64Array(options.length);
  // Of chains scoring the same, the one whose labels cover more characters: two column headers
  // 「其他」「总计」 fit rows 「3.其他」「（七）总计」 as well as two whole row labels fit theirs, and in a
  // table cut after its first rows both chains score 2 — the long labels are the stronger evidence.
  const covered = new Float64Array(options.length);
  const back = new Int32Array(options.length).fill(-1);
  const better = (value: number, chars: number, k: number) =>
    value > best[k]! + TIE || (value >= best[k]! - TIE && chars > covered[k]!);
  let top = -1;
  // A label found in the middle of a text piece whose start is another label's (「其他」 of 「3.其他」 in
  // 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」, a crawler's row label kept whole): words of
  // that label, not a row of its own.
  const insideOf = (q: Option, o: Option) =>
    s.token[q.match.to - 1] === s.token[o.match.from] && !s.first[o.match.from] && !s.last[o.match.to - 1]!;
  options.forEach((o, k) => {
    const own = o.match.to - o.match.from;
    best[k] = o.value;
    covered[k] = own;
    for (let p = 0; p < k; p++) {
      const q = options[p]!;
      if (q.index >= o.index || q.match.to > o.match.from || insideOf(q, o)) continue;
      if (better(best[p]! + o.value, covered[p]! + own, k)) {
        best[k] = best[p]! + o.value;
        covered[k] = covered[p]! + own;
        back[k] = p;
      }
    }
    if (top < 0 || better(best[k]!, covered[k]!, top)) top = k;
  });
  const chosen: Option[] = [];
  for (let k = top; k >= 0; k = back[k]!) chosen.unshift(options[k]!);
  return chosen.map((o) => {
    const firstToken = s.token[o.match.from]!;
    const lastToken = s.token[o.match.to - 1]!;
    const text = tokens
      .slice(firstToken, lastToken + 1)
      .flatMap((t) => (t.kind === 'text' ? [t.text] : []))
      .join('');
    return {
      index: o.index,
      key: candidates[o.index]!.key,
      score: o.match.score,
      firstToken,
      lastToken,
      text,
    };
  });
}
