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
});
