// Segmentation of a text whose structure is not in its lines (nianbao issue 18): a web page saved
// by a crawler holds the whole report on one line of 7 000–17 000 characters. The six part
// headings are found anywhere in a line — by their numeral 「一、」…「六、」 followed by (nearly)
// their title, in the order of the format — and put on lines of their own, so the readers that
// follow see the shape of a copied Word text. A heading that already has its own line is left.
import { normalizeLabel, similarity } from './label-match';
import { HEADING_FORMS } from './sections';

/** An in-line heading must match its title closely (a line of its own is judged by sections.ts). */
const INLINE_SIMILARITY = 0.85;
/** Lines up to this long are left to the line-based finder. */
const SHORT_LINE = 60;

/** each part's numeral, title and other wordings (sections.ts), normalised */
const TITLES = HEADING_FORMS;

type Hit = { part: number; start: number; end: number };

/**
 * The end (offset in `text`) of the best match of `form` starting at `from`, or -1: the title
 * may be followed directly by the part's text, so prefixes of a few lengths are compared.
 */
function titleEnd(text: string, from: number, form: string): number {
  let best = { end: -1, score: 0 };
  let norm = '';
  for (let i = from; i < text.length && norm.length <= form.length + 2; i++) {
    const ch = normalizeLabel(text[i]!);
    if (ch === '') continue;
    norm += ch;
    if (norm.length < form.length - 2) continue;
    const s = similarity(norm, form);
    if (s > best.score) best = { end: i + 1, score: s };
  }
  return best.score >= INLINE_SIMILARITY ? best.end : -1;
}

/** In-line headings of one long line, in order from part `next` on. */
function hitsIn(line: string, next: number): Hit[] {
  const hits: Hit[] = [];
  const re = /([一二三四五六])[ \t\u3000]*[、.．][ \t\u3000]*/gu;
  let k = next;
  for (let m = re.exec(line); m !== null && k < TITLES.length; m = re.exec(line)) {
    const part = TITLES.findIndex((t) => t.numeral === m[1]);
    if (part < k) continue;
    const t = TITLES[part]!;
    const end = Math.max(...[t.form, ...t.others].map((form) => titleEnd(line, m.index + m[0].length, form)));
    if (end < 0) continue;
    hits.push({ part, start: m.index, end });
    k = part + 1;
    re.lastIndex = end;
  }
  return hits;
}

/**
 * The text with every part heading found inside a long line moved to a line of its own (a line
 * break before and after it). Texts whose headings have lines of their own come back unchanged.
 */
export function isolateInlineHeadings(text: string): string {
  const lines = text.split('\n');
  let next = 0;
  let changed = false;
  const out = lines.map((line) => {
    if (next >= TITLES.length) return line;
    if (line.length <= SHORT_LINE) {
      // A heading on its own line moves the order on (the numeral is enough here: sections.ts judges it).
      const own = /^[ \t\u3000]*([一二三四五六])[ \t\u3000]*[、.．]/u.exec(line);
      if (own) {
        const part = TITLES.findIndex((t) => t.numeral === own[1]);
        const forms = [TITLES[part]!.form, ...TITLES[part]!.others];
        const title = normalizeLabel(line);
        if (part >= next && forms.some((form) => similarity(title, form) >= INLINE_SIMILARITY))
          next = part + 1;
      }
      return line;
    }
    const hits = hitsIn(line, next);
    if (hits.length === 0) return line;
    changed = true;
    next = hits.at(-1)!.part + 1;
    let piece = '';
    let at = 0;
    for (const h of hits) {
      piece += `${line.slice(at, h.start)}\n${line.slice(h.start, h.end)}\n`;
      at = h.end;
    }
    return piece + line.slice(at);
  });
  return changed ? out.join('\n').replace(/^\n+/u, '') : text;
}
