import { useWatch } from 'react-hook-form';
import { narrativeId } from '../../domain/report/cell-address';
import type { NarrativePart } from '../../domain/report/keys';
import { NARRATIVE_LABELS, PART_TITLES } from '../../domain/report/labels';
import { FieldFlags } from '../checks/field-flags';
import { useOpenComments, useOpenCommentTexts } from '../editor/comment-targets';
import { useEditor } from '../editor/editor-context';
import { useTextUndo } from '../editor/use-text-undo';
import { cleanPastedText } from './clean-paste';
import { LastYearText } from './last-year-text';

export function NarrativeStep({ part }: { part: NarrativePart }) {
  const keys = Object.keys(NARRATIVE_LABELS[part]);
  return (
    <div>
      <h2 tabIndex={-1}>{PART_TITLES[part]}</h2>
      {part === 'overview' && (
        <p className="hint">「总述」可写在五个分项之前；其余分项均须填写，没有内容的写「无」。</p>
      )}
      {keys.map((key) => (
        <NarrativeField key={key} part={part} itemKey={key} />
      ))}
    </div>
  );
}

function NarrativeField({ part, itemKey }: { part: NarrativePart; itemKey: string }) {
  const { form, previous, locked } = useEditor();
  const name = `${part}.${itemKey}` as `overview.proactive`;
  const value = useWatch({ control: form.control, name }) ?? '';
  const id = narrativeId({ part, key: itemKey });
  const label = NARRATIVE_LABELS[part][itemKey] ?? itemKey;
  const lastYear = previous ? ((previous.draft[part] as Record<string, string>)[itemKey] ?? '') : '';
  const reg = form.register(name);
  // Ctrl+Z by clause, and a paste cleaned and written at the caret as one undo step (use-text-undo.ts).
  const ref = useTextUndo(cleanPastedText, reg.ref);
  const comments = useOpenComments(id);
  const commentTexts = useOpenCommentTexts(id);
  return (
    <div className="narrative">
      <label htmlFor={`f-${id}`} className="field-label">
        {label}
        {comments > 0 && (
          <span className="comment-badge" data-comment-marker={id}>
            （{comments}条批注）
          </span>
        )}
      </label>
      {commentTexts.length > 0 && (
        <ul className="field-comments" data-field-comments={id}>
          {commentTexts.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <FieldFlags fieldId={id} />
      <textarea
        id={`f-${id}`}
        data-field={id}
        {...reg}
        ref={ref}
        rows={6}
        readOnly={locked}
        aria-describedby={`count-${id}`}
      />
      <div className="count" id={`count-${id}`}>
        {value.length} 字
      </div>
      {lastYear && <LastYearText lastYear={lastYear} current={value} year={previous?.year ?? null} />}
    </div>
  );
}
