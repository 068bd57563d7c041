// Report, comment and roster ids: random (version 4) UUIDs. crypto.randomUUID exists only in
// secure contexts and from Chrome 92, but crypto.getRandomValues works on plain-HTTP pages and in
// every supported browser, so the UUID is built from it (RFC 9562 §5.4).

const hex = (b: number) => (b + 0x100).toString(16).slice(1);

export function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // variant 10xx
  const h = Array.from(b, hex);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
