// Character references of HTML (&nbsp; &lt; &#x4E00; &#19968;), decoded without the DOM.
// Only the named references that occur in Chinese government web pages and Word exports are
// listed; an unknown name is left as written, so nothing is silently lost.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '',
  zwj: '',
  zwnj: '',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  minus: '−',
  hellip: '…',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  permil: '‰',
};

const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,8})|#(\d{1,9})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and values past Unicode are not characters: U+FFFD, as the HTML spec does.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Legacy pages omit the semicolon of the commonest references; other names need it. */
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return fromCodePoint(Number(dec));
      const key = (name ?? '').toLowerCase();
      const value = Object.hasOwn(NAMED, key) ? NAMED[key] : undefined;
      if (value === undefined) return whole;
      return whole.endsWith(';') || LEGACY_WITHOUT_SEMICOLON.has(key) ? value : whole;
    },
  );
}
