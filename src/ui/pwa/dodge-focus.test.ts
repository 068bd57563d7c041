// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTypedInto, overlaps, type Rect, watchFocusUnder } from './dodge-focus';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});

describe('overlaps', () => {
  it('is true for shared area, false for touching edges or apart', () => {
    expect(overlaps(rect(0, 0, 10, 10), rect(5, 5, 20, 20))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(2, 2, 4, 4))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBe(false);
    expect(overlaps(rect(0, 0, 10, 10), rect(0, 11, 10, 20))).toBe(false);
  });
});

describe('isTypedInto', () => {
  it('is true for fields a clerk types into, false for buttons, boxes and links', () => {
    const make = (html: string) => {
      const box = document.createElement('div');
      box.innerHTML = html;
      return box.firstElementChild as Element;
    };
    expect(isTypedInto(make('<input>'))).toBe(true);
    expect(isTypedInto(make('<input type="number">'))).toBe(true);
    expect(isTypedInto(make('<input type="date">'))).toBe(true);
    expect(isTypedInto(make('<textarea></textarea>'))).toBe(true);
    expect(isTypedInto(make('<select></select>'))).toBe(true);
    expect(isTypedInto(make('<button>确定</button>'))).toBe(false);
    expect(isTypedInto(make('<input type="checkbox">'))).toBe(false);
    expect(isTypedInto(make('<input type="submit">'))).toBe(false);
    expect(isTypedInto(make('<a href="#/">返回</a>'))).toBe(false);
  });
});

describe('watchFocusUnder', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  function setUp() {
    const area = document.createElement('div');
    const own = document.createElement('button');
    area.appendChild(own);
    const under = document.createElement('input');
    const buttonUnder = document.createElement('button');
    const apart = document.createElement('input');
    document.body.append(under, buttonUnder, apart, area);
    vi.spyOn(area, 'getBoundingClientRect').mockReturnValue(rect(600, 500, 800, 600) as DOMRect);
    vi.spyOn(under, 'getBoundingClientRect').mockReturnValue(rect(700, 550, 760, 580) as DOMRect);
    vi.spyOn(buttonUnder, 'getBoundingClientRect').mockReturnValue(rect(620, 520, 680, 540) as DOMRect);
    vi.spyOn(apart, 'getBoundingClientRect').mockReturnValue(rect(10, 10, 80, 40) as DOMRect);
    return { area, own, under, buttonUnder, apart };
  }

  it('steps aside while a field typed into lies under the notice, and back when focus leaves it', () => {
    const { area, under, apart } = setUp();
    const onChange = vi.fn();
    const stop = watchFocusUnder(area, onChange);
    expect(onChange).toHaveBeenLastCalledWith(false);
    under.focus();
    expect(onChange).toHaveBeenLastCalledWith(true);
    apart.focus();
    expect(onChange).toHaveBeenLastCalledWith(false);
    under.focus();
    expect(onChange).toHaveBeenLastCalledWith(true);
    under.blur();
    expect(onChange).toHaveBeenLastCalledWith(false);
    stop();
    onChange.mockClear();
    under.focus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('never for a button under the notice, nor the notice’s own button (a click must reach them)', () => {
    const { area, own, buttonUnder } = setUp();
    const onChange = vi.fn();
    watchFocusUnder(area, onChange);
    buttonUnder.focus();
    own.focus();
    expect(onChange.mock.calls.every(([covered]) => covered === false)).toBe(true);
  });

  it('steps aside at once when the notice appears over the field already being typed into', () => {
    const { area, under } = setUp();
    under.focus();
    const onChange = vi.fn();
    watchFocusUnder(area, onChange);
    expect(onChange).toHaveBeenLastCalledWith(true);
  });

  it('comes back when the focused field scrolls out from under it', () => {
    const { area, under } = setUp();
    const onChange = vi.fn();
    watchFocusUnder(area, onChange);
    under.focus();
    expect(onChange).toHaveBeenLastCalledWith(true);
    vi.spyOn(under, 'getBoundingClientRect').mockReturnValue(rect(700, 300, 760, 330) as DOMRect);
    window.dispatchEvent(new Event('scroll'));
    expect(onChange).toHaveBeenLastCalledWith(false);
  });
});
