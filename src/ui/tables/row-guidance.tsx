import { useState } from 'react';

/** 填报说明 beside a row: a small button that shows the note on focus, hover or click (keyboard reachable). */
export function RowGuidance({ id, text }: { id: string; text: string }) {
  const [open, setOpen] = useState(false);
  const tipId = `guide-${id}`;
  return (
    <span className="guidance" style={{ position: 'relative' }}>
      <button
        type="button"
        className="tip"
        aria-label="填报说明"
        aria-describedby={tipId}
        aria-expanded={open}
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
        className={open ? 'cell-tip' : 'visually-hidden'}
        style={open ? { left: 0, top: '1.6rem' } : undefined}
      >
        {text}
      </span>
    </span>
  );
}
