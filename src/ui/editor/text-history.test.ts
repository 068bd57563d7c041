import { describe, expect, it } from 'vitest';
import { createTextHistory, type EditKind, PAUSE_MS, type TextState } from './text-history';

const at = (value: string, caret = value.length): TextState => ({ value, start: caret, end: caret });

/** Types `text` one commit at a time (an IME commits a character or a phrase), `gap` ms apart. */
function typeInto(
  h: ReturnType<typeof createTextHistory>,
  from: string,
  commits: string[],
  t0: number,
  gap = 150,
) {
  let value = from;
  let t = t0;
  for (const c of commits) {
    h.record(at(value), at(value + c), 'type', t);
    value += c;
    t += gap;
  }
  return { value, t };
}

describe('text history', () => {
  it('takes back a clause per Ctrl+Z, not a character', () => {
    const h = createTextHistory();
    const { value } = typeInto(h, '', [...'本年度新收申请', '十二件，', '均按期答复。', '未收取费用'], 0);
    expect(value).toBe('本年度新收申请十二件，均按期答复。未收取费用');
    expect(h.undo(at(value))?.value).toBe('本年度新收申请十二件，均按期答复。');
    expect(h.undo(at('本年度新收申请十二件，均按期答复。'))?.value).toBe('本年度新收申请十二件，');
    expect(h.undo(at('本年度新收申请十二件，'))?.value).toBe('');
    expect(h.undo(at(''))).toBeNull();
  });

  it('ends a group at a pause and where the caret moved', () => {
    const h = createTextHistory();
    let s = typeInto(h, '', ['政务公开', '工作'], 0);
    s = typeInto(h, s.value, ['稳步推进'], s.t + PAUSE_MS);
    expect(h.undo(at(s.value))?.value).toBe('政务公开工作');
    const h2 = createTextHistory();
    h2.record(at(''), at('甲乙'), 'type', 0);
    // The caret moved to the start; typing there is another group.
    h2.record(at('甲乙', 0), { value: '丙甲乙', start: 1, end: 1 }, 'type', 100);
    expect(h2.undo(at('丙甲乙', 1))).toEqual(at('甲乙', 0));
    expect(h2.undo(at('甲乙', 0))?.value).toBe('');
  });

  it('undoes a paste alone and gives back the text it replaced, with its selection', () => {
    const h = createTextHistory();
    const typed = typeInto(h, '', ['原有的说明文字'], 0);
    const selected = { value: typed.value, start: 0, end: typed.value.length };
    h.record(selected, at('粘贴进来的新文字'), 'paste', 5000);
    expect(h.undo(at('粘贴进来的新文字'))).toEqual(selected);
    expect(h.redo(selected)).toEqual(at('粘贴进来的新文字'));
  });

  it('groups Backspaces, and deleting a selection is a group of its own', () => {
    const h = createTextHistory();
    const kinds: [string, string, EditKind][] = [
      ['', '一二三四', 'type'],
      ['一二三四', '一二三', 'delete'],
      ['一二三', '一二', 'delete'],
    ];
    for (const [i, [b, a, k]] of kinds.entries()) h.record(at(b), at(a), k, i * 100);
    h.record({ value: '一二', start: 0, end: 2 }, at('', 0), 'delete', 400);
    expect(h.undo(at('', 0))).toEqual({ value: '一二', start: 0, end: 2 });
    expect(h.undo(at('一二'))?.value).toBe('一二三四');
    expect(h.undo(at('一二三四'))?.value).toBe('');
  });

  it('starts afresh when the box was changed from elsewhere (another window, a restore)', () => {
    const h = createTextHistory();
    h.record(at(''), at('草稿'), 'type', 0);
    // Another window's text merged in: Ctrl+Z does not take it back.
    expect(h.undo(at('另一窗口的文字'))).toBeNull();
    h.record(at('上年的文字'), at('上年的文字，今年补充'), 'type', 100);
    expect(h.undo(at('上年的文字，今年补充'))?.value).toBe('上年的文字');
    expect(h.undo(at('上年的文字'))).toBeNull();
  });

  it('redo replays what was undone until something new is typed', () => {
    const h = createTextHistory();
    const s = typeInto(h, '', ['第一句。', '第二句。'], 0);
    const back = h.undo(at(s.value))!;
    expect(h.redo(back)?.value).toBe('第一句。第二句。');
    const again = h.undo(at('第一句。第二句。'))!;
    h.record(again, at('第一句。另一句'), 'type', 9000);
    expect(h.redo(at('第一句。另一句'))).toBeNull();
  });
});
