import { SEVERITY_CONFIG } from '../components/severity';
import { structurallyEqual } from '../editor/structural-equal';
import { useShownSelector } from '../editor/use-draft-selector';
import { useStepWorked } from '../editor/worked-steps';

/** Failing checks that point at one narrative field (or a check id such as `meta`), shown beside it. */
export function FieldFlags({ fieldId }: { fieldId: string }) {
  // An empty required text is 「待填」 until the clerk has worked on its step: no banner yet.
  const worked = useStepWorked(fieldId.split('.')[0] ?? fieldId);
  const items = useShownSelector(
    (s) =>
      s.checks.results
        .filter((r) => r.status === 'failed' && (r.fields.includes(fieldId) || r.id === fieldId))
        .filter((r) => worked || !r.id.startsWith('narrative-empty:'))
        .map((r) => ({ sev: r.severity, message: r.message, id: r.id })),
    structurallyEqual,
  );
  if (items.length === 0) return null;
  return (
    <ul className="field-flags" id={`flags-${fieldId}`}>
      {items.map(({ sev, message, id }) => (
        <li
          key={id}
          className={`banner ${SEVERITY_CONFIG[sev].className}`}
          data-check-id={id}
          data-severity={sev}
        >
          <span aria-hidden="true">{SEVERITY_CONFIG[sev].icon} </span>
          <span className="visually-hidden">{SEVERITY_CONFIG[sev].label}：</span>
          {message}
        </li>
      ))}
    </ul>
  );
}
