import { useState } from 'react';
import { GUIDANCE_TITLE } from '../../domain/report/labels';
import { type Guidance, guidanceLines } from '../../domain/tables/guidance';

/** 填报说明 beside a row: a small button that shows the note on focus, hover or click (keyboard reachable). */
export function RowGuidance({ id, subject, guidance }: { id: string; subject: string; guidance: Guidance }) {
  const [open, setOpen] = useState(false);
  const tipId = `guide-${id}`;
  return (
    <span className="guidance" style={{ position: 'relative' }}>
      <button
        type="button"
        className="tip"
        aria-label={`${GUIDANCE_TITLE}：${subject}`}
        aria-describedby={tipId}
        aria-expanded={open}
        data-guidance={id}
        onClick={() => setOpen((o) => !o)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
      >
        ?
      </button>
      <span
        id={tipId}
        role="tooltip"
        className={open ? 'cell-tip guidance-tip' : 'visually-hidden'}
        style={open ? { left: 0, top: '1.6rem' } : undefined}
      >
        {guidanceLines(guidance).map((line) => (
          <span key={line} className="guidance-line">
            {line}
          </span>
        ))}
      </span>
    </span>
  );
}
