// @vitest-environment happy-dom
// A 说明 typed in 「填写说明」 and then Esc / 取消 / a reload: the next opening shows it again, until
// it is saved (h81's trial: Esc after a long 说明 threw it away).
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { keptTextKey } from '../../storage/kept-text';
import { hasKeptText, useKeptText } from './use-kept-text';

const KEY = keptTextKey('report-3', 'explanation', 'fee-unexplained');

afterEach(() => localStorage.clear());

describe('useKeptText', () => {
  it('opens again on what was typed before the dialog closed unsaved', () => {
    const first = renderHook(() => useKeptText(KEY));
    expect(first.result.current.text).toBe('');
    expect(first.result.current.restored).toBe(false);
    act(() => first.result.current.setText('本年度收取的信息处理费已全部退还申请人。'));
    first.unmount(); // Esc, 取消, or the page went away
    expect(hasKeptText(KEY)).toBe(true);
    const again = renderHook(() => useKeptText(KEY));
    expect(again.result.current.text).toBe('本年度收取的信息处理费已全部退还申请人。');
    expect(again.result.current.restored).toBe(true);
  });

  it('drops the kept text once saved, and shows the saved 说明 then', () => {
    const first = renderHook(() => useKeptText(KEY, '旧说明'));
    expect(first.result.current.text).toBe('旧说明');
    act(() => first.result.current.setText('新说明，尚未保存'));
    first.unmount();
    const second = renderHook(() => useKeptText(KEY, '旧说明'));
    expect(second.result.current.text).toBe('新说明，尚未保存');
    act(() => second.result.current.saved());
    second.unmount();
    expect(hasKeptText(KEY, '新说明，尚未保存')).toBe(false);
    const third = renderHook(() => useKeptText(KEY, '新说明，尚未保存'));
    expect(third.result.current.text).toBe('新说明，尚未保存');
    expect(third.result.current.restored).toBe(false);
  });

  it('keeps nothing when the text is changed back to the saved one', () => {
    const h = renderHook(() => useKeptText(KEY, '已保存的说明'));
    act(() => h.result.current.setText('已保存的说明。'));
    expect(hasKeptText(KEY, '已保存的说明')).toBe(true);
    act(() => h.result.current.setText('已保存的说明'));
    expect(hasKeptText(KEY, '已保存的说明')).toBe(false);
  });

  it('two tabs writing the same 说明 at once keep each other’s text: neither is written over, the next opening holds both', () => {
    // both dialogs opened before either typed (two tabs on one report, the same warning)
    const tabA = renderHook(() => useKeptText(KEY, '', 'tab-a'));
    const tabB = renderHook(() => useKeptText(KEY, '', 'tab-b'));
    act(() => tabA.result.current.setText('甲页：费用已于年内全部退还。'));
    act(() => tabB.result.current.setText('乙页：本年度未收取信息处理费以外的费用。'));
    act(() => tabA.result.current.setText('甲页：费用已于年内全部退还，共3笔。'));
    tabA.unmount();
    tabB.unmount(); // both tabs closed (or the browser crashed)
    const again = renderHook(() => useKeptText(KEY, '', 'tab-c'));
    expect(again.result.current.restored).toBe(true);
    expect(again.result.current.text).toContain('甲页：费用已于年内全部退还，共3笔。');
    expect(again.result.current.text).toContain('乙页：本年度未收取信息处理费以外的费用。');
    // saved here: nothing of theirs is offered again
    act(() => again.result.current.saved());
    expect(hasKeptText(KEY)).toBe(false);
  });

  it('a tab whose dialog is still open writes its own text again after another tab took it over', () => {
    const tabA = renderHook(() => useKeptText(KEY, '', 'tab-a'));
    act(() => tabA.result.current.setText('甲页的说明'));
    const tabB = renderHook(() => useKeptText(KEY, '', 'tab-b'));
    expect(tabB.result.current.text).toBe('甲页的说明');
    act(() => tabB.result.current.saved()); // B saved the 说明 it opened on
    act(() => tabA.result.current.setText('甲页的说明，又补充一句'));
    expect(hasKeptText(KEY)).toBe(true);
  });
});
