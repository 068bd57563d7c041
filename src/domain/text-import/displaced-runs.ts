// Text of a PDF as pdfplumber's `extract_text()` gives it (nianbao issue 18): a line of the page
// is the characters whose tops lie within 3 points of each other, and a Chromium print sets Latin
// characters (digits, addresses, quotes, commas) in another font whose top stands a little lower
// than the Chinese font's. So every run of Latin characters of a printed line comes out on a line
// of its own AFTER that line, and the line keeps a gap (one space) where each run stood:
//
//   组办公室联系。联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼 层；
//   14
//   邮编： ；电话： ；电子邮箱： 。
//   350400 0591-23165250 pzxxgkb@163.com
//
// Read as it stands, the address loses 「14」 and the phone is nowhere (or the next line's numbers
// are taken for it). The runs are put back into their gaps, in order, where the gaps say which
// gap each run takes; otherwise the lines stay as they are (then nothing is read from them).
// Only prose is touched (the head and parts 一, 五, 六): a table row's numbers on the line after its
// label are cells, not runs torn out of the label.

/**
 * A Latin run: no ideograph, no full-width punctuation (those are the Chinese font's); full-width
 * digits and letters pass (a copy may have widened them: 「１４」).
 */
const LATIN_RUN = /^(?:[^\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]|[０-９Ａ-Ｚａ-ｚ％．－／＠])+$/u;
const ALPHANUMERIC = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u;

/**
 * Characters a number or a Latin run stands just before, in prose: units and measure words
 * 「14层」「2019年」「8件」「3起」, closing punctuation 「0591-23165250；」「www…cn）」.
 */
const AFTER_RUN = new Set([
  ...'年月日时分秒号层楼条件个项次名家份元万亿千百倍期批场篇类轮人户台套辆所座处位余多起宗例册张栋亩吨',
  ...'%％，,。．；;：:）)〕】]」』”’》>、…',
]);
/** Characters a run stands just after: a colon 「电话：0591-…」, opening brackets and quotes, 共/第/自. */
const BEFORE_RUN = new Set([...'：:（(〔【[「『“‘《<', ...'共计第约达至自为']);

/** A gap: spaces of any width (a copy may turn them into U+3000 or no-break spaces). */
const SPACES = /^[ \t\u3000\u00A0]+/u;
const SPACES_ALL = /[ \t\u3000\u00A0]+/gu;
const SPACES_ANY = /[ \t\u3000\u00A0]+/u;
/** A label printed letter-spaced before its colon: 「邮 编：」「电 话：」「电话 传真：」. */
const SPACED_LABEL = /^[\u3400-\u9FFF]{1,3}[：:]/u;
const HAN = /[\u3400-\u9FFF]/u;

/**
 * A place a run may have stood. `likely`: a number is likely there (before a unit, after a
 * colon); `spaced`: a gap inside a letter-spaced label, which a space of the print explains;
 * `possible`: a line's start before a unit the line before may have taken the number of
 * (「…材料」「3」, then 「件。…」「86」: 386 broken by the wrap, or 3 the 件's).
 */
type Slot = {
  kind: 'start' | 'end' | 'gap';
  at: number;
  likely: boolean;
  spaced?: boolean;
  possible?: boolean;
  /** an end likely only for the unit opening the next line */
  forNext?: boolean;
  /** a start before 「年」 */
  year?: boolean;
};

/** The gaps of a line where a run may have stood: each space between two characters, and its ends. */
function slotsOf(host: string, taken: boolean, nextLine: string | undefined): Slot[] {
  const slots: Slot[] = [];
  const first = host[0] ?? '';
  const last = host.at(-1) ?? '';
  // At the start: before a unit, unless the line before took a run at its end for that unit
  // (「…类信息」「67 983 48」「条，安全…」: 48 is the 条's).
  const unit = AFTER_RUN.has(first);
  slots.push({ kind: 'start', at: 0, likely: unit && !taken, possible: unit, year: first === '年' });
  for (const m of host.matchAll(SPACES_ALL)) {
    const before = host[m.index - 1] ?? '';
    const rest = host.slice(m.index + m[0].length);
    const after = rest[0] ?? '';
    const likely = BEFORE_RUN.has(before) || AFTER_RUN.has(after);
    slots.push({
      kind: 'gap',
      at: m.index,
      likely,
      spaced: !likely && HAN.test(before) && SPACED_LABEL.test(rest),
    });
  }
  // At the end: after a colon or an opening bracket, or the line after the runs goes on with a
  // unit (「…天山北路」「1」「号，邮编：…」).
  const goesOn = nextLine !== undefined && AFTER_RUN.has(nextLine.trimStart()[0] ?? '');
  slots.push({
    kind: 'end',
    at: host.length,
    likely: BEFORE_RUN.has(last) || goesOn,
    forNext: goesOn && !BEFORE_RUN.has(last),
  });
  return slots;
}

const ORDINAL = /^\(?[0-9０-９]{1,2}[.)．]$/u;
const OPENING = /^[“‘(<[]+$/u;
const CLOSING = /^[”’)>\]]+$/u;

/**
 * Whether a run may take a slot: any gap; a line's start or end where a number is likely or
 * possible there, or for a list number 「1.」 or an opening quote the start, for a closing quote
 * the end.
 */
function allowed(slot: Slot, run: string): boolean {
  if (slot.kind === 'gap' || slot.likely) return true;
  if (slot.kind === 'start') return slot.possible === true || ORDINAL.test(run) || OPENING.test(run);
  return CLOSING.test(run);
}

/**
 * Whether a run fits its slot: a number or a word where a number is likely; a list number 「1.」
 * anywhere; a mark alone (「/」「“」「,」) between two characters (「电话/传真」) or at the end its
 * kind opens or closes.
 */
function fits(slot: Slot, run: string): boolean {
  if (ORDINAL.test(run)) return true;
  // A line opening with 「年」 is a year's only if the run is one (「市政府全」「年制定规章 件」: 全年).
  if (slot.kind === 'start' && slot.year === true) return /^[0-9０-９]{4}$/u.test(run) && slot.likely;
  if (ALPHANUMERIC.test(run)) return slot.likely;
  if (slot.kind === 'gap') return true;
  return slot.kind === 'start' ? OPENING.test(run) : CLOSING.test(run);
}

type Score = [number, number, number, number];

/**
 * Which slots the runs take, in order. A gap is where something stood, so a likely gap is always
 * taken and the choice leaving fewest gaps empty wins (a letter-spaced label's gap may stay
 * empty); then the one whose runs fit most slots; then the one leaving fewest gaps empty, those
 * of spaced labels too (「电话/传真」); then, all else equal, not a 「(」 opening the line
 * (「…局(县委…组)」). Null when two choices are equally good: undecided.
 */
function choose(slots: readonly Slot[], runs: readonly string[]): Slot[] | null {
  // A line has a few gaps; a line of prose with dozens (spaced-out text) is not this shape.
  if (slots.length > 14 || runs.length > slots.length) return null;
  let best: Slot[] | null = null;
  let bestScore: Score = [Number.NEGATIVE_INFINITY, 0, 0, 0];
  let tied = false;
  const pick: Slot[] = [];
  const walk = (k: number) => {
    if (pick.length === runs.length) {
      for (let j = k; j < slots.length; j++) if (slots[j]!.kind === 'gap' && slots[j]!.likely) return;
      const left = slots.filter((s) => s.kind === 'gap' && !pick.includes(s));
      const opened = pick.filter((s, n) => s.kind === 'start' && runs[n] === '(').length;
      const score: Score = [
        -left.filter((s) => !s.spaced).length,
        pick.filter((s, n) => fits(s, runs[n]!)).length,
        -left.length,
        -opened,
      ];
      const order = score.reduce((o, v, n) => o || v - bestScore[n]!, 0);
      if (order > 0) {
        best = [...pick];
        bestScore = score;
        tied = false;
      } else if (order === 0) tied = true;
      return;
    }
    if (k >= slots.length) return;
    const slot = slots[k]!;
    if (allowed(slot, runs[pick.length]!)) {
      pick.push(slot);
      walk(k + 1);
      pick.pop();
    }
    if (slot.kind === 'gap' && slot.likely) return; // a likely gap left empty: not a choice
    walk(k + 1);
  };
  walk(0);
  return tied ? null : best;
}

function fill(host: string, slots: readonly Slot[], runs: readonly string[]): string {
  let out = '';
  let from = 0;
  slots.forEach((slot, k) => {
    out += host.slice(from, slot.at) + runs[k]!;
    from = slot.kind === 'gap' ? slot.at + (SPACES.exec(host.slice(slot.at))?.[0].length ?? 0) : slot.at;
  });
  return out + host.slice(from);
}

const isBlank = (line: string) => /^\s*$/u.test(line);

/**
 * The lines with each line of Latin runs put back into the line of prose before it where its gaps
 * decide (`prose(i)`: line i is prose; both must be). Blank lines between them (a copy that
 * doubled every break) and the line's indent and trailing spaces are kept out of the gaps. Lines
 * are dropped only when put back.
 */
/**
 * The first line after line `i` that is not blank, trimmed (read by index: a copy of the rest of the
 * lines at every line of runs is quadratic in a long text).
 */
function nextText(lines: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j]!)) return lines[j]!.trim();
  return undefined;
}

export function rejoinDisplacedRuns(lines: readonly string[], prose: (i: number) => boolean): string[] {
  const out: string[] = [];
  /** out's index of the last line that is not blank, and its index in `lines` */
  let host = -1;
  let hostAt = -1;
  /** whether the last host's end took a run for the unit opening the next line */
  let endForNext = false;
  let taken = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const runs = line.trim().split(SPACES_ANY);
    const whole = host >= 0 ? out[host]! : '';
    const indent = /^\s*/u.exec(whole)![0];
    const text = whole.trim();
    const candidates: Slot[] | null =
      host >= 0 &&
      prose(i) &&
      prose(hostAt) &&
      runs.every((r) => LATIN_RUN.test(r)) &&
      /[\u3000-\u9FFF\uFF00-\uFFEF]/u.test(text)
        ? slotsOf(text, taken, nextText(lines, i))
        : null;
    const slots: Slot[] | null = candidates === null ? null : choose(candidates, runs);
    if (slots !== null) {
      out[host] = indent + fill(text, slots, runs);
      endForNext = slots.some(
        (s, n) => s.kind === 'end' && s.forNext === true && ALPHANUMERIC.test(runs[n]!),
      );
      // The blank lines between them go with the runs' line; a line has one line of runs (a
      // page number after it is not its).
      out.length = host + 1;
      host = -1;
      continue;
    }
    out.push(line);
    if (!isBlank(line)) {
      taken = endForNext;
      endForNext = false;
      host = out.length - 1;
      hostAt = i;
    }
  }
  return out;
}
