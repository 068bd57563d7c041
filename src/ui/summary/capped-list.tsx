// A list that shows its first items and a button for the rest: with 1,000 units, 「未报送」 or
// 「逾期」 can name hundreds, and laying them all out on every change slows the whole view.
import { type ReactNode, useState } from 'react';

const SHOWN = 30;

export function CappedList<T>({
  items,
  render,
  itemKey,
  itemProps,
  className = 'unit-names',
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  /** extra attributes of each <li> (data-* for tests and styles) */
  itemProps?: (item: T) => Record<`data-${string}`, string>;
  className?: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className={className}>
        {shown.map((item) => (
          <li key={itemKey(item)} {...itemProps?.(item)}>
            {render(item)}
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `只显示前${SHOWN}个` : `显示全部${items.length}个`}
        </button>
      )}
    </>
  );
}
