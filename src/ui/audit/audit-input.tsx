// Input of 「批量审核」: many files (.txt, .html, .docx, .pdf) and/or several texts pasted into one box.
// How pasted texts are told apart is said beside the box (split-texts.ts holds the rule).
import { useId, useMemo, useState } from 'react';
import { splitPastedTexts } from '../../domain/audit/split-texts';
import { readImportFile } from '../import/read-source';
import type { AuditSource } from './use-audit-batch';

export function AuditInput({ busy, onRun }: { busy: boolean; onRun: (sources: AuditSource[]) => void }) {
  const ids = useId();
  const [files, setFiles] = useState<AuditSource[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [pasted, setPasted] = useState('');
  const pastedTexts = useMemo(() => splitPastedTexts(pasted), [pasted]);
  const total = files.length + pastedTexts.length;

  const choose = async (list: FileList | null) => {
    if (!list) return;
    setReading(true);
    const read: AuditSource[] = [];
    const errors: string[] = [];
    for (const file of Array.from(list)) {
      try {
        const source = await readImportFile(file);
        // A page of 「导出网页版」 as published on a portal carries the report file as a data block:
        // it is a published report all the same, audited by what the page shows (its markup).
        if (source.kind === 'json' && source.html !== undefined)
          read.push({ text: source.html, source: file.name });
        else if (source.kind === 'json')
          errors.push(
            `「${file.name}」是报告文件（.json），批量审核只读取已发布报告的文字（.txt、.html、.docx、.pdf）。`,
          );
        else read.push({ text: source.text, source: file.name });
      } catch (e) {
        errors.push(`「${file.name}」：${e instanceof Error ? e.message : '无法读取'}`);
      }
    }
    setFiles(read);
    setFileErrors(errors);
    setReading(false);
  };

  return (
    <section className="panel audit-input" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>选择要审核的报告</h2>
      <p className="hint">
        每篇报告都会按已发布的原文读取（表格框线丢失、数字连在一起的行按勾稽关系拆分），逐项校验，并作为「参考报告」保存；同一机关相邻年度的报告会互相比对（上年结转、现行有效件数、内容雷同）。
      </p>
      <label className="field">
        <span>选择文件（可多选：.txt、.html、.docx、.pdf）</span>
        <input
          type="file"
          multiple
          accept=".txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf"
          onChange={(e) => void choose(e.target.files)}
        />
      </label>
      {reading && <p className="muted">正在读取文件…</p>}
      {files.length > 0 && (
        <p className="muted" data-testid="audit-files">
          已选择{files.length}个文件：{files.map((f) => f.source).join('、')}
        </p>
      )}
      {fileErrors.map((m) => (
        <p key={m} className="banner error" role="alert">
          {m}
        </p>
      ))}
      <label className="field">
        <span>或粘贴多篇报告全文</span>
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={8}
          aria-describedby={`${ids}-paste-hint`}
        />
        <span id={`${ids}-paste-hint`} className="hint">
          多篇之间用单独一行“===”（三个或更多等号）隔开。不加分隔行时，每篇须以标题开头（含“政府信息公开工作年度报告”），且上一篇须有「六、其他需要报告的事项」：其后的标题即为下一篇的开始。
          {pastedTexts.length > 0 && ` 已识别${pastedTexts.length}篇。`}
        </span>
      </label>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || reading || total === 0}
          onClick={() =>
            onRun([...files, ...pastedTexts.map((text, i) => ({ text, source: `粘贴的第${i + 1}篇` }))])
          }
        >
          开始审核{total > 0 ? `（${total}篇）` : ''}
        </button>
      </div>
    </section>
  );
}
