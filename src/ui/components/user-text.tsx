// Text a person typed or a file brought (an organ's name, a title) shown inside the app's own
// sentences and tables. A direction override (U+202E) or embedding/isolate control in that text makes
// the browser draw what follows it reversed — 「某县财政局」 with U+202E before 「财政局」 showed as
// 「某县局政财」 in the list and everywhere else (h82's hostile names) — and can reach out into the
// sentence around it. Shown here: isolated from its surroundings (<bdi>), each such control drawn as
// a visible mark in its place. The stored text is never changed; the mark says what is in it.

/** The controls that reorder the text after them (the same set the Word export drops). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /([\u202a-\u202e\u2066-\u2069])/;

const codeOf = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The mark drawn in place of one control, e.g. 「[U+202E]」. */
export const bidiMark = (ch: string) => `[${codeOf(ch)}]`;

/** The text for places that take a plain string (document.title, title="", aria-label, confirm()). */
export function bidiVisible(text: string): string {
  return BIDI_CONTROL.test(text)
    ? text
        .split(BIDI_CONTROLS)
        .map((part) => (BIDI_CONTROL.test(part) && part.length === 1 ? bidiMark(part) : part))
        .join('')
    : text;
}

/** `text` isolated and with its direction controls drawn visibly; `fallback` when it is empty. */
export function UserText({ text, fallback = '' }: { text: string; fallback?: string }) {
  const shown = text || fallback;
  if (!BIDI_CONTROL.test(shown)) return <bdi>{shown}</bdi>;
  return (
    <bdi>
      {shown.split(BIDI_CONTROLS).map((part, i) =>
        part.length === 1 && BIDI_CONTROL.test(part) ? (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed string, in order
            key={i}
            className="bidi-mark"
            title={`名称中有看不见的文字方向控制字符（${codeOf(part)}），会使其后的文字倒着显示`}
          >
            {bidiMark(part)}
          </span>
        ) : (
          part
        ),
      )}
    </bdi>
  );
}
