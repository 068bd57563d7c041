import { REPORT_KINDS } from '../../domain/report/keys';
import { defaultTitle, META_LABELS, REPORT_KIND_LABELS } from '../../domain/report/labels';
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
      {text('website')}
      {text('contactAddress')}
      {text('contactPhone', 20)}
      <label className="field">
        <span>{META_LABELS.publishDate}</span>
        <input
          type="date"
          {...register('meta.publishDate')}
          data-field="meta.publishDate"
          readOnly={locked}
        />
      </label>
      <PreviousYearLink />
    </div>
  );
}
