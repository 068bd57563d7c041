import { useDeferredValue, useMemo } from 'react';
import { sharedPassages, textSimilarity } from '../../domain/checks/rules/similar-to-last-year';

/** Last year's text for reference (never copied in), with the passages this year repeats marked. */
export function LastYearText({
  lastYear,
  current,
  year,
}: {
  lastYear: string;
  current: string;
  year: number | null;
}) {
  const deferred = useDeferredValue(current);
  const { ratio, parts } = useMemo(() => {
    const ranges = deferred ? sharedPassages(lastYear, deferred) : [];
    const out: { text: string; shared: boolean }[] = [];
    let pos = 0;
    for (const r of ranges) {
      if (r.start > pos) out.push({ text: lastYear.slice(pos, r.start), shared: false });
      out.push({ text: lastYear.slice(r.start, r.end), shared: true });
      pos = r.end;
    }
    if (pos < lastYear.length) out.push({ text: lastYear.slice(pos), shared: false });
    return { ratio: deferred ? textSimilarity(lastYear, deferred) : 0, parts: out };
  }, [lastYear, deferred]);
  return (
    <details className="last-year">
      <summary>
        {year ?? '上'}年报告的相应内容（仅供参考，不会复制）
        {ratio > 0 && (
          <span className={ratio >= 0.8 ? 'badge warning' : 'badge info'} style={{ marginLeft: '0.5rem' }}>
            与本年相似度 {Math.round(ratio * 100)}%
          </span>
        )}
      </summary>
      <div className="reference">
        {parts.map((p, i) =>
          p.shared ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: passages are positional
            <mark key={i} className="shared">
              {p.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: passages are positional
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </details>
  );
}
