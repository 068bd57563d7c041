import '../../domain/zod-setup';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { carryOverFromPrevious } from '../../domain/report/based-on-previous';
import { emptyDraft } from '../../domain/report/empty-report';
import { REPORT_KINDS } from '../../domain/report/keys';
import { META_LABELS, REPORT_KIND_LABELS, REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import { normalizeOrganName } from '../../domain/report/organ-name';
import { MAX_YEAR, MIN_YEAR } from '../../domain/report/report-schema';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { newId } from '../components/format';
import { Modal } from '../components/modal';
import { UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { useDraftList } from './draft-list-feed';

/**
 * The dialog's fields. The year is one the report can be for: ${MIN_YEAR} to this year, as the 报告信息
 * check has it (checks/rules/meta.ts) — a later year made a report that opened with an error. A
 * cleared year box is 「请填写报告年度」, not a range.
 */
const newReportSchema = (thisYear: number) => {
  const range = `报告年度应在${MIN_YEAR}—${thisYear}年之间`;
  return z.object({
    agencyName: z.string().trim().min(1, { error: '请填写机关名称' }).max(200),
    year: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce
        .number({ error: '请填写报告年度' })
        .int({ error: '报告年度应为四位年份' })
        .min(MIN_YEAR, { error: range })
        .max(Math.min(thisYear, MAX_YEAR), { error: range }),
    ),
    reportKind: z.enum(REPORT_KINDS),
    basedOnPrevious: z.boolean(),
  });
};
type NewReportSchema = ReturnType<typeof newReportSchema>;
type NewReportInput = z.input<NewReportSchema>;
type NewReportValues = z.output<NewReportSchema>;

export function NewReportDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const repo = useRepository();
  // Reports are written in January for the year just ended.
  const defaultYear = new Date().getFullYear() - (new Date().getMonth() < 6 ? 1 : 0);
  const [schema] = useState(() => newReportSchema(new Date().getFullYear()));
  const form = useForm<NewReportInput, unknown, NewReportValues>({
    resolver: zodResolver(schema),
    defaultValues: { agencyName: '', year: defaultYear, reportKind: 'department', basedOnPrevious: true },
  });
  const [agencyName, year] = useWatch({ control: form.control, name: ['agencyName', 'year'] });
  // List records are enough to find last year's report by name; its draft is read only on submit.
  const all = useDraftList(repo);
  const previous = (all ?? []).find(
    (r) =>
      agencyName.trim() !== '' &&
      normalizeOrganName(r.agencyName) === normalizeOrganName(agencyName) &&
      r.year === Number(year) - 1,
  );

  // The same organ's report of this year is here already (a second one would be summed as another
  // unit's, or leave the clerk with two versions): said, not refused — a unit may want a fresh start.
  const sameYear = (all ?? []).find(
    (r) =>
      agencyName.trim() !== '' &&
      r.deletedAt === null &&
      r.kind !== 'reference' &&
      normalizeOrganName(r.agencyName) === normalizeOrganName(agencyName) &&
      r.year === Number(year),
  );

  const [failure, setFailure] = useState('');
  const submit = form.handleSubmit(async (v) => {
    setFailure('');
    const id = newId();
    let draft = emptyDraft({ id, agencyName: v.agencyName, year: v.year, reportKind: v.reportKind });
    if (previous && v.basedOnPrevious) {
      const source = await repo.get(previous.id);
      // Gone since the list was read (deleted in another tab): create it without the carry-over.
      if (source) draft = carryOverFromPrevious(draft, source.draft);
    }
    try {
      await repo.create(draft, { previousYearId: previous?.id ?? null, origin: 'own' });
    } catch (e) {
      // A full disk, a blocked database: said here, the dialog and what was typed stay.
      setFailure(storageErrorMessage(e));
      return;
    }
    onCreated(id);
  });
  const { errors } = form.formState;

  return (
    <Modal title="新建报告" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label className="field">
          <span>{META_LABELS.agencyName}</span>
          <input
            {...form.register('agencyName')}
            autoFocus
            aria-invalid={errors.agencyName ? true : undefined}
            aria-describedby="new-agency-error"
            size={36}
          />
          <span id="new-agency-error" className="hint" role="alert">
            {errors.agencyName?.message}
          </span>
        </label>
        <label className="field">
          <span>{META_LABELS.year}</span>
          <input
            type="number"
            {...form.register('year')}
            aria-invalid={errors.year ? true : undefined}
            aria-describedby="new-year-error"
          />
          <span id="new-year-error" className="hint" role="alert">
            {errors.year?.message}
          </span>
        </label>
        {sameYear && (
          <p className="hint" data-same-year-report>
            本机已有「
            <UserText text={sameYear.agencyName} />」{sameYear.year}年的报告（
            {REVIEW_STATUS_LABELS[sameYear.status]}
            ）， 再创建会有两份；要继续填写那一份，请取消，在报告列表中打开它。
          </p>
        )}
        <fieldset className="field">
          <legend className="field-label">{META_LABELS.reportKind}</legend>
          {REPORT_KINDS.map((k) => (
            <label key={k} style={{ display: 'inline-flex', gap: '0.3rem', marginRight: '1rem' }}>
              <input type="radio" value={k} {...form.register('reportKind')} />
              {REPORT_KIND_LABELS[k]}
              <span className="hint">（{k === 'department' ? '次年1月31日前' : '次年3月31日前'}发布）</span>
            </label>
          ))}
        </fieldset>
        {previous && (
          <label className="field" style={{ display: 'flex', gap: '0.4rem' }}>
            <input type="checkbox" {...form.register('basedOnPrevious')} />
            <span>
              基于上年报告
              <span className="hint">
                （将{previous.year}
                年报告的「四、结转下年度继续办理」带入本年「二、上年结转政府信息公开申请数量」，
                并以其现行有效件数为基数；总体情况等文字不复制，仅在填写时作参考显示）
              </span>
            </span>
          </label>
        )}
        <ErrorBanner message={failure} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            创建
          </button>
        </div>
      </form>
    </Modal>
  );
}
