import { type InteractionStore, useRangeStatus } from './interaction-store';
import type { Rect } from './paste-plan';

/** 「已选择 3 行 × 4 列」 while a range is selected: shown above the table and read out by screen readers. */
export function RangeStatus({
  grid,
  interaction,
  rect,
}: {
  grid: string;
  interaction: InteractionStore;
  rect: () => Rect | null;
}) {
  const text = useRangeStatus(interaction, rect);
  return (
    <output className="range-status muted" aria-live="polite" data-range-status={grid}>
      {text}
    </output>
  );
}
