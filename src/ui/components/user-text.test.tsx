// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bidiVisible, UserText } from './user-text';

afterEach(cleanup);

const RLO = '\u202e';
const PDF = '\u202c';
const LRI = '\u2066';

describe('bidiVisible', () => {
  it('draws each direction control as a mark in its place, and leaves other text as it is', () => {
    expect(bidiVisible(`东湖区${RLO}民政局`)).toBe('东湖区[U+202E]民政局');
    expect(bidiVisible(`${LRI}ABC${PDF}办`)).toBe('[U+2066]ABC[U+202C]办');
    expect(bidiVisible('西山镇人民政府')).toBe('西山镇人民政府');
    expect(bidiVisible('')).toBe('');
  });
});

describe('UserText', () => {
  it('isolates the text and shows no raw control, so nothing after it is drawn reversed', () => {
    const { container } = render(
      <p>
        计入：
        <UserText text={`东湖区${RLO}民政局`} />
        （已审定）
      </p>,
    );
    const bdi = container.querySelector('bdi');
    expect(bdi).not.toBeNull();
    expect(container.textContent).toBe('计入：东湖区[U+202E]民政局（已审定）');
    expect(container.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(container.querySelector('.bidi-mark')?.getAttribute('title')).toMatch(/U\+202E/);
  });

  it('shows the fallback for an empty name, isolated too', () => {
    const { container } = render(<UserText text="" fallback="（未填写）" />);
    expect(container.innerHTML).toBe('<bdi>（未填写）</bdi>');
  });
});
