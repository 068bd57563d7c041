// Simple fonts' encodings (§9.6.5, Annex D) and the glyph names they and /Differences use. Only
// what a report's text needs: the Latin names of StandardEncoding and WinAnsiEncoding, and the
// `uniXXXX` / `uXXXX` names that carry their Unicode value. A name not known here maps to nothing
// (the glyph is unreadable), never to a guessed character.

const ASCII_NAMES = [
  'space',
  'exclam',
  'quotedbl',
  'numbersign',
  'dollar',
  'percent',
  'ampersand',
  'quotesingle',
  'parenleft',
  'parenright',
  'asterisk',
  'plus',
  'comma',
  'hyphen',
  'period',
  'slash',
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'colon',
  'semicolon',
  'less',
  'equal',
  'greater',
  'question',
  'at',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'bracketleft',
  'backslash',
  'bracketright',
  'asciicircum',
  'underscore',
  'grave',
  ...'abcdefghijklmnopqrstuvwxyz',
  'braceleft',
  'bar',
  'braceright',
  'asciitilde',
];

// 0xA1–0xFF of WinAnsiEncoding are Latin-1's characters; their names:
const LATIN1_NAMES = [
  'exclamdown',
  'cent',
  'sterling',
  'currency',
  'yen',
  'brokenbar',
  'section',
  'dieresis',
  'copyright',
  'ordfeminine',
  'guillemotleft',
  'logicalnot',
  'hyphen',
  'registered',
  'macron',
  'degree',
  'plusminus',
  'twosuperior',
  'threesuperior',
  'acute',
  'mu',
  'paragraph',
  'periodcentered',
  'cedilla',
  'onesuperior',
  'ordmasculine',
  'guillemotright',
  'onequarter',
  'onehalf',
  'threequarters',
  'questiondown',
  'Agrave',
  'Aacute',
  'Acircumflex',
  'Atilde',
  'Adieresis',
  'Aring',
  'AE',
  'Ccedilla',
  'Egrave',
  'Eacute',
  'Ecircumflex',
  'Edieresis',
  'Igrave',
  'Iacute',
  'Icircumflex',
  'Idieresis',
  'Eth',
  'Ntilde',
  'Ograve',
  'Oacute',
  'Ocircumflex',
  'Otilde',
  'Odieresis',
  'multiply',
  'Oslash',
  'Ugrave',
  'Uacute',
  'Ucircumflex',
  'Udieresis',
  'Yacute',
  'Thorn',
  'germandbls',
  'agrave',
  'aacute',
  'acircumflex',
  'atilde',
  'adieresis',
  'aring',
  'ae',
  'ccedilla',
  'egrave',
  'eacute',
  'ecircumflex',
  'edieresis',
  'igrave',
  'iacute',
  'icircumflex',
  'idieresis',
  'eth',
  'ntilde',
  'ograve',
  'oacute',
  'ocircumflex',
  'otilde',
  'odieresis',
  'divide',
  'oslash',
  'ugrave',
  'uacute',
  'ucircumflex',
  'udieresis',
  'yacute',
  'thorn',
  'ydieresis',
];

// WinAnsiEncoding 0x80–0x9F (the Windows-1252 additions), [code, name, Unicode].
const WIN_EXTRA: [number, string, number][] = [
  [0x80, 'Euro', 0x20ac],
  [0x82, 'quotesinglbase', 0x201a],
  [0x83, 'florin', 0x192],
  [0x84, 'quotedblbase', 0x201e],
  [0x85, 'ellipsis', 0x2026],
  [0x86, 'dagger', 0x2020],
  [0x87, 'daggerdbl', 0x2021],
  [0x88, 'circumflex', 0x2c6],
  [0x89, 'perthousand', 0x2030],
  [0x8a, 'Scaron', 0x160],
  [0x8b, 'guilsinglleft', 0x2039],
  [0x8c, 'OE', 0x152],
  [0x8e, 'Zcaron', 0x17d],
  [0x91, 'quoteleft', 0x2018],
  [0x92, 'quoteright', 0x2019],
  [0x93, 'quotedblleft', 0x201c],
  [0x94, 'quotedblright', 0x201d],
  [0x95, 'bullet', 0x2022],
  [0x96, 'endash', 0x2013],
  [0x97, 'emdash', 0x2014],
  [0x98, 'tilde', 0x2dc],
  [0x99, 'trademark', 0x2122],
  [0x9a, 'scaron', 0x161],
  [0x9b, 'guilsinglright', 0x203a],
  [0x9c, 'oe', 0x153],
  [0x9e, 'zcaron', 0x17e],
  [0x9f, 'Ydieresis', 0x178],
];

/** Glyph name → text, for the names above and a few more that reports' Latin fonts use. */
const GLYPHS = new Map<string, string>();
ASCII_NAMES.forEach((name, k) => {
  GLYPHS.set(name, String.fromCharCode(0x20 + k));
});
LATIN1_NAMES.forEach((name, k) => {
  if (!GLYPHS.has(name)) GLYPHS.set(name, String.fromCharCode(0xa1 + k));
});
for (const [, name, u] of WIN_EXTRA) GLYPHS.set(name, String.fromCharCode(u));
for (const [name, u] of [
  ['quoteright', 0x2019],
  ['quoteleft', 0x2018],
  ['fi', 0xfb01],
  ['fl', 0xfb02],
  ['ff', 0xfb00],
  ['ffi', 0xfb03],
  ['ffl', 0xfb04],
  ['minus', 0x2212],
  ['fraction', 0x2044],
  ['dotlessi', 0x131],
  ['nbspace', 0xa0],
  ['sfthyphen', 0xad],
  ['middot', 0xb7],
  ['Delta', 0x394],
  ['Omega', 0x3a9],
  ['mu1', 0xb5],
] as const) {
  GLYPHS.set(name, String.fromCharCode(u));
}

/** The text a glyph name stands for; undefined for a name that says nothing (`g12`, `cid123`). */
export function glyphNameText(name: string): string | undefined {
  const known = GLYPHS.get(name);
  if (known !== undefined) return known;
  // uniXXXX (one or more groups of 4 hex digits), uXXXX–uXXXXXX (§ Adobe Glyph List rules)
  const base = name.split('.')[0]!.split('_')[0]!;
  if (base !== name) return glyphNameText(base);
  let m = /^uni((?:[0-9A-F]{4})+)$/.exec(name);
  if (m) {
    let out = '';
    for (let i = 0; i < m[1]!.length; i += 4) {
      const u = Number.parseInt(m[1]!.slice(i, i + 4), 16);
      if (u >= 0xd800 && u <= 0xdfff) return undefined;
      out += String.fromCharCode(u);
    }
    return out;
  }
  m = /^u([0-9A-F]{4,6})$/.exec(name);
  if (m) {
    const u = Number.parseInt(m[1]!, 16);
    if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff)) return undefined;
    return String.fromCodePoint(u);
  }
  return undefined;
}

export type EncodingName = 'StandardEncoding' | 'WinAnsiEncoding' | 'MacRomanEncoding';

/** code → glyph name of a base encoding (the part reports use: printable ASCII and WinAnsi's upper half). */
export function baseEncoding(name: EncodingName): (string | undefined)[] {
  const table: (string | undefined)[] = new Array(256).fill(undefined);
  ASCII_NAMES.forEach((n, k) => {
    table[0x20 + k] = n;
  });
  if (name === 'StandardEncoding') {
    table[0x27] = 'quoteright';
    table[0x60] = 'quoteleft';
    return table;
  }
  if (name === 'MacRomanEncoding') return table;
  // WinAnsi
  table[0x7f] = 'bullet';
  for (const [code, n] of WIN_EXTRA) table[code] = n;
  table[0xa0] = 'space';
  LATIN1_NAMES.forEach((n, k) => {
    table[0xa1 + k] = n;
  });
  return table;
}
