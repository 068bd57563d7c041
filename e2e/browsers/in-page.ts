// Functions sent into the Firefox page by Gecko.call/waitFor: each is self-contained (its source
// travels, not its closure), finding things the way a clerk names them — by visible text or label.

/** The first element matching `selector` whose trimmed text is `text` (or contains it). */
export function byText(selector: string, text: string, partly: boolean): Element | null {
  for (const e of Array.from(document.querySelectorAll(selector))) {
    const t = (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (partly ? t.includes(text) : t === text) return e;
  }
  return null;
}

/** The control of the label whose text starts with `text`, inside `scope` (a CSS selector). */
export function labelled(scope: string, text: string): Element | null {
  const root = document.querySelector(scope) ?? document;
  for (const l of Array.from(root.querySelectorAll('label'))) {
    const t = (l.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.startsWith(text)) return l.control ?? l.querySelector('input, textarea, select');
  }
  return null;
}

/**
 * Scrolls the node to the middle of the window (as the drivers' click does) and names what a real
 * click at its centre would reach when that is not the node: '' when the node itself takes it.
 */
export function coveredBy(node: Element): string {
  node.scrollIntoView({ block: 'center' });
  const r = node.getBoundingClientRect();
  const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  if (at && (at === node || node.contains(at))) return '';
  return at ? at.outerHTML.slice(0, 160) : 'nothing (outside the window)';
}

export function query(selector: string): Element | null {
  return document.querySelector(selector);
}

/** True once the element's attribute has the value (e.g. the balance row's data-state). */
export function attrIs(selector: string, name: string, value: string): boolean {
  return document.querySelector(selector)?.getAttribute(name) === value;
}

export function attr(selector: string, name: string): string | null {
  return document.querySelector(selector)?.getAttribute(name) ?? null;
}

export function inputValue(selector: string): string | null {
  const e = document.querySelector(selector);
  return e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : null;
}

/** An input's value once the input exists (an empty value is an answer too). */
export function presentValue(selector: string): { value: string } | null {
  const e = document.querySelector(selector);
  return e instanceof HTMLInputElement ? { value: e.value } : null;
}

export function textOf(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

export function focusedCell(): string | null {
  return document.activeElement?.getAttribute('data-cell') ?? null;
}

/**
 * A text box holding `text`, to be copied to the real clipboard with Ctrl+C (Gecko ignores the
 * clipboardData of a paste event built by a page, so a paste is tested the way a clerk does it).
 */
export function clipboardSource(text: string): HTMLTextAreaElement {
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('aria-label', 'clipboard source');
  document.body.append(box);
  return box;
}
