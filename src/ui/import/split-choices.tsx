// When the cells of a table row ran together (nianbao issue 9) and several splits satisfy every
// identity, the importer does not choose: the import dialog shows the candidates here, one group
// of radio buttons per table, and the user picks the one that matches the source (or leaves the
// cells blank). Cells on which the candidates differ are in bold.
import type { ImportSummary, SplitChoice } from '../../domain/text-import/import-summary';
import './split-choices.css';

/** −1: none of them — the cells stay blank and are filled in after the import. */
export const LEAVE_BLANK = -1;

function differing(choice: SplitChoice): Set<string> {
  const out = new Set<string>();
  const [first, ...rest] = choice.candidates;
  if (!first) return out;
  for (const id of Object.keys(first.cells))
    if (rest.some((c) => c.cells[id] !== first.cells[id])) out.add(id);
  return out;
}

function Candidate({ choice, index, bold }: { choice: SplitChoice; index: number; bold: Set<string> }) {
  const c = choice.candidates[index]!;
  return (
    <table className="list split-candidate">
      <thead>
        <tr>
          <th scope="col">{`拆法${index + 1}`}</th>
          {choice.columns.map((h, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <th key={k} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {choice.rows.map((r) => (
          <tr key={r.row}>
            <th scope="row">{r.label}</th>
            {r.cells.map((id) => (
              <td key={id} className="num">
                {bold.has(id) ? <strong>{c.cells[id]}</strong> : c.cells[id]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChoiceGroup({
  choice,
  picked,
  onPick,
}: {
  choice: SplitChoice;
  picked: number | undefined;
  onPick: (index: number) => void;
}) {
  const bold = differing(choice);
  const name = `split-${choice.key}`;
  const digits = choice.rows.map((r) => `「${r.label}${r.digits}」`).join('、');
  return (
    <fieldset className="split-choice" data-split-choice={choice.key}>
      <legend>
        {choice.title}：{digits}有{choice.truncated ? '多于' : ''}
        {choice.candidates.length}种拆法都符合已知条件，请选择与原文一致的一种
      </legend>
      {choice.truncated && (
        <p className="hint">
          符合的拆法太多，只列出前{choice.candidates.length}种；如都不对，请选择留空，导入后按原文填写。
        </p>
      )}
      {choice.candidates.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: candidates are positional
        <label key={i} className="split-option">
          <input type="radio" name={name} checked={picked === i} onChange={() => onPick(i)} />
          <Candidate choice={choice} index={i} bold={bold} />
        </label>
      ))}
      <label className="split-option">
        <input
          type="radio"
          name={name}
          checked={picked === LEAVE_BLANK}
          onChange={() => onPick(LEAVE_BLANK)}
        />
        都不对：这些单元格留空，导入后按原文填写
      </label>
    </fieldset>
  );
}

export function SplitChoices({
  summary,
  picks,
  onPick,
}: {
  summary: ImportSummary;
  picks: Readonly<Record<string, number>>;
  onPick: (key: string, index: number) => void;
}) {
  const runs = summary.runTogether;
  const count = (s: string) => runs.filter((r) => r.status === s).length;
  return (
    <section className="split-choices" aria-label="数字连在一起的行">
      <h4>数字连在一起的行（{runs.length}）</h4>
      <p>
        原文表格的框线丢失，有{runs.length}行的数字连在了一起：{count('read')}行已按表格的勾稽关系唯一拆分读取
        {count('choose') > 0 && `，${count('choose')}行有多种拆法需要选择`}
        {count('unread') > 0 && `，${count('unread')}行无法拆分，未读取（原因见「未能读取的单元格」）`}。
      </p>
      {summary.splitNotes.length > 0 && (
        <ul className="hint">
          {summary.splitNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {summary.splitChoices.map((c) => (
        <ChoiceGroup key={c.key} choice={c} picked={picks[c.key]} onPick={(i) => onPick(c.key, i)} />
      ))}
    </section>
  );
}
