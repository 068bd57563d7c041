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
 * Characters a number or a Latin run stands just before, in prose: units 「14层」「2019年」
 * 「8件」, closing punctuation 「0591-23165250；」「www…cn）」.
 */
const AFTER_RUN = new Set([
  ...'年月日时分秒号层楼条件个项次名家份元万亿千百倍期批场篇类轮人户台套辆所座处位余多%％',
  ...'，,。．；;：:）)〕】]」』”’》>、…',
]);
/** Characters a run stands just after: a colon 「电话：0591-…」, opening brackets and quotes, 共/第/自. */
const BEFORE_RUN = new Set([...'：:（(〔【[「『“‘《<', ...'共计第约达至自为']);

/** A gap: spaces of any width (a copy may turn them into U+3000 or no-break spaces). */
const SPACES = /^[ \t\u3000\u00A0]+/u;
const SPACES_ALL = /[ \t\u3000\u00A0]+/gu;
const SPACES_ANY = /[ \t\u3000\u00A0]+/u;

type Slot = { kind: 'start' | 'end' | 'gap'; at: number; likely: boolean };

/** The gaps of a line where a run may have stood: each space between two characters, and its ends. */
function slotsOf(host: string, before: string | undefined, nextLine: string | undefined): Slot[] {
  const slots: Slot[] = [];
  const first = host[0] ?? '';
  const last = host.at(-1) ?? '';
  // At the start: before a unit, unless the line before ends with a run put back there (its
  // number is that unit's: 「…类信息」「67 983 48」「条，安全…」).
  const taken = before !== undefined && /[0-9A-Za-z%０-９Ａ-Ｚａ-ｚ％]$/u.test(before);
  slots.push({ kind: 'start', at: 0, likely: AFTER_RUN.has(first) && !taken });
  for (const m of host.matchAll(SPACES_ALL)) {
    const before = host[m.index - 1] ?? '';
    const after = host[m.index + m[0].length] ?? '';
    slots.push({ kind: 'gap', at: m.index, likely: BEFORE_RUN.has(before) || AFTER_RUN.has(after) });
  }
  // At the end: after a colon or an opening bracket, or the line after the runs goes on with a
  // unit (「…天山北路」「1」「号，邮编：…」).
  const goesOn = nextLine !== undefined && AFTER_RUN.has(nextLine.trimStart()[0] ?? '');
  slots.push({ kind: 'end', at: host.length, likely: BEFORE_RUN.has(last) || goesOn });
  return slots;
}

const ORDINAL = /^\(?[0-9０-９]{1,2}[.)．]$/u;
const OPENING = /^[“‘(<[]+$/u;
const CLOSING = /^[”’)>\]]+$/u;

/**
 * Whether a run may take a slot: any gap; a line's start or end where a number is likely there,
 * or for a list number 「1.」 or an opening quote the start, for a closing quote the end.
 */
function allowed(slot: Slot, run: string): boolean {
  if (slot.kind === 'gap' || slot.likely) return true;
  return slot.kind === 'start' ? ORDINAL.test(run) || OPENING.test(run) : CLOSING.test(run);
}

/**
 * Whether a run fits its slot: a number or a word where a number is likely; a list number 「1.」
 * anywhere; a mark alone (「/」「“」「,」) between two characters (「电话/传真」) or at the end its
 * kind opens or closes.
 */
function fits(slot: Slot, run: string): boolean {
  if (ORDINAL.test(run)) return true;
  if (ALPHANUMERIC.test(run)) return slot.likely;
  if (slot.kind === 'gap') return true;
  return slot.kind === 'start' ? OPENING.test(run) : CLOSING.test(run);
}

/**
 * Which slots the runs take, in order: every gap not taken must be a plain space (one where no
 * run is likely: 「邮 编」 printed letter-spaced), an end taken must be allowed, and of the
 * choices left the one whose runs fit most slots, then leaving fewest gaps empty, if only one
 * does. Null: undecided.
 */
function choose(slots: readonly Slot[], runs: readonly string[]): Slot[] | null {
  // A line has a few gaps; a line of prose with dozens (spaced-out text) is not this shape.
  if (slots.length > 14 || runs.length > slots.length) return null;
  let best: Slot[] | null = null;
  let bestScore: [number, number] = [-1, 0];
  let tied = false;
  const pick: Slot[] = [];
  const walk = (k: number) => {
    if (pick.length === runs.length) {
      for (let j = k; j < slots.length; j++) if (slots[j]!.kind === 'gap' && slots[j]!.likely) return;
      // Then, of those, the one leaving fewest gaps empty (a gap is where something stood).
      const empty = slots.filter((s) => s.kind === 'gap' && !pick.includes(s)).length;
      const score: [number, number] = [pick.filter((s, n) => fits(s, runs[n]!)).length, -empty];
      const order = score[0] - bestScore[0] || score[1] - bestScore[1];
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
export function rejoinDisplacedRuns(lines: readonly string[], prose: (i: number) => boolean): string[] {
  const out: string[] = [];
  /** out's index of the last line that is not blank, and its index in `lines` */
  let host = -1;
  let hostAt = -1;
  let before: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const runs = line.trim().split(SPACES_ANY);
    const whole = host >= 0 ? out[host]! : '';
    const indent = /^\s*/u.exec(whole)![0];
    const text = whole.trim();
    const slots =
      host >= 0 &&
      prose(i) &&
      prose(hostAt) &&
      runs.every((r) => LATIN_RUN.test(r)) &&
      /[\u3000-\u9FFF\uFF00-\uFFEF]/u.test(text)
        ? choose(
            slotsOf(
              text,
              before,
              lines
                .slice(i + 1)
                .find((l) => !isBlank(l))
                ?.trim(),
            ),
            runs,
          )
        : null;
    if (slots !== null) {
      out[host] = indent + fill(text, slots, runs);
      // The blank lines between them go with the runs' line.
      out.length = host + 1;
      continue;
    }
    out.push(line);
    if (!isBlank(line)) {
      before = host >= 0 ? out[host]!.trim() : undefined;
      host = out.length - 1;
      hostAt = i;
    }
  }
  return out;
}
