import { useEffect } from 'react';
import { REPORT_KINDS } from '../../domain/report/keys';
import {
  DEFAULT_PREAMBLE_BUTTON,
  defaultPreamble,
  defaultTitle,
  META_LABELS,
  REPORT_KIND_LABELS,
} from '../../domain/report/labels';
import { MAX_YEAR, MIN_YEAR } from '../../domain/report/year-range';
import { FieldFlags } from '../checks/field-flags';
import { useEditor } from '../editor/editor-context';
import { useTextUndo } from '../editor/use-text-undo';
import { cleanPastedText } from './clean-paste';
import { PreviousYearLink } from './previous-year-link';

export function MetaStep() {
  // Read-only, not disabled, when locked: the fields stay focusable for 批注.
  const { form, locked } = useEditor();
  const { register } = form;
  const preamble = register('meta.preamble');
  const preambleRef = useTextUndo(cleanPastedText, preamble.ref);
  // The title the app wrote (「使用默认标题」, 新建报告) follows the 机关名称 and 报告年度 as they are
  // corrected; a title the clerk wrote is left alone (the 报告信息 check names a year it contradicts).
  useEffect(() => {
    // Copies: getValues hands the form's own object, changed in place.
    const titleOf = () => {
      const m = form.getValues('meta');
      return { title: m.title, wrote: defaultTitle(m.agencyName, m.year) };
    };
    let before = titleOf();
    const sub = form.watch((_values, { name }) => {
      const now = titleOf();
      if (
        (name === 'meta.year' || name === 'meta.agencyName') &&
        now.title === before.wrote &&
        now.title !== now.wrote
      )
        form.setValue('meta.title', now.wrote, { shouldDirty: true });
      before = titleOf();
    });
    return () => sub.unsubscribe();
  }, [form]);
  const text = (name: 'agencyName' | 'title' | 'website' | 'contactAddress' | 'contactPhone', size = 40) => (
    <label className="field">
      <span>{META_LABELS[name]}</span>
      <input {...register(`meta.${name}`)} data-field={`meta.${name}`} size={size} readOnly={locked} />
    </label>
  );
  return (
    <div>
      <h2 tabIndex={-1}>报告信息</h2>
      <FieldFlags fieldId="meta" />
      {text('agencyName')}
      <label className="field">
        <span>{META_LABELS.year}</span>
        <input
          type="number"
          data-field="meta.year"
          readOnly={locked}
          {...register('meta.year', {
            setValueAs: (v: unknown) => {
              if (v === '' || v === null || v === undefined) return null;
              const n = Number(v);
              return Number.isFinite(n) ? n : null;
            },
          })}
        />
      </label>
      <fieldset className="field">
        <legend className="field-label">{META_LABELS.reportKind}</legend>
        {REPORT_KINDS.map((k) => (
          <label key={k} style={{ display: 'inline-flex', gap: '0.3rem', marginRight: '1rem' }}>
            <input type="radio" value={k} {...register('meta.reportKind')} disabled={locked} />
            {REPORT_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div className="row">
        {text('title', 50)}
        <button
          type="button"
          disabled={locked}
          onClick={() => {
            const m = form.getValues('meta');
            form.setValue('meta.title', defaultTitle(m.agencyName, m.year), { shouldDirty: true });
          }}
        >
          使用默认标题
        </button>
      </div>
      <label className="field">
        <span>{META_LABELS.preamble}</span>
        <span className="hint">
          开头段落：编制依据、六部分内容、统计期限「自{'{年度}'}年1月1日起至{'{年度}'}
          年12月31日止」、电子版发布网址和联系方式。
        </span>
        <textarea {...preamble} ref={preambleRef} data-field="meta.preamble" rows={6} readOnly={locked} />
      </label>
      <button
        type="button"
        disabled={locked}
        onClick={() => {
          const m = form.getValues('meta');
          const written = m.preamble.trim() !== '';
          if (written && !window.confirm(`用按报告信息生成的前言替换现在的${META_LABELS.preamble}？`)) return;
          form.setValue('meta.preamble', defaultPreamble(m), { shouldDirty: true });
        }}
      >
        {DEFAULT_PREAMBLE_BUTTON}
      </button>
      {text('website')}
      <FieldFlags fieldId="meta.website" />
      {text('contactAddress')}
      {text('contactPhone', 20)}
      <FieldFlags fieldId="meta.contactPhone" />
      <label className="field">
        <span>{META_LABELS.publishDate}</span>
        <input
          type="date"
          // Bounds keep the year box to four digits: without them 「20260120」 typed straight on
          // made the year 260120, a date the export refuses.
          min={`${MIN_YEAR}-01-01`}
          max={`${MAX_YEAR + 1}-12-31`}
          {...register('meta.publishDate')}
          data-field="meta.publishDate"
          readOnly={locked}
        />
      </label>
      <PreviousYearLink />
    </div>
  );
}
