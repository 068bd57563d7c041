// One input cell of a grid. How it reacts to keys and the mouse is decided by the grid's
// interaction model (cell-interaction.ts: select / enter / edit, as in Excel and WPS); this
// component only turns DOM events into its events and renders its state. Subscribes only to its
// own value, flags and interaction state.
import { type FormEvent, memo, useLayoutEffect, useRef } from 'react';
import { balancingCarriedForwardOfReport } from '../../domain/checks/balance-summary';
import { cellValue, parseCount } from '../../domain/numbers/parse-count';
import { parseFee } from '../../domain/numbers/parse-fee';
import { parseCellId } from '../../domain/report/cell-address';
import type { ApplicantInputColumn } from '../../domain/report/keys';
import { useOpenCommentTexts } from '../editor/comment-targets';
import { useEditor } from '../editor/editor-context';
import { usePreviousYearValue } from '../editor/previous-year-view';
import { useDraftCell, useReportSelector, useShownSelector } from '../editor/use-draft-selector';
import { useStepWorked } from '../editor/worked-steps';
import { cellFlags } from './cell-flags';
import { isInvalidText } from './cell-text';
import { useGridActions } from './grid-actions';
import { useCellInteraction, useInRange } from './interaction-store';
import { readHtmlTable, readTextBlock } from './paste-block';
import { PreviousYearNote } from './previous-year-note';

/** How many cells a clipboard holds: one value is typed into an entry, a block is pasted over cells. */
export function clipboardCells(text: string, html: string): number {
  const block = (html && readHtmlTable(html)) || readTextBlock(text);
  return block.reduce((n, row) => n + row.length, 0);
}

// Enter in a one-field form would submit it (and reload the page) where the grid does not take the key.
const preventSubmit = (e: FormEvent) => e.preventDefault();

export const GridCell = memo(function GridCell({
  cellId,
  label,
  decimal,
}: {
  cellId: string;
  label: string;
  decimal: boolean;
}) {
  const { locked } = useEditor();
  const { dispatch, interaction, statusId, inRange } = useGridActions();
  const address = parseCellId(cellId)!;
  const value = useDraftCell(cellId, address);
  const severity = useShownSelector((s) => cellFlags(s.flags.get(cellId))?.severity ?? '');
  // Only 四's cells show the value that would balance their column, and only while empty (as
  // their placeholder): the others, and a filled one, do not subscribe — a key elsewhere in the
  // column renders no filled 四 cell (issue 17 §3). Emptied, the cell renders for its own value
  // and subscribes from then on.
  const carried =
    address.part === 'applications' &&
    address.row === 'carriedForward' &&
    address.column !== 'total' &&
    value === '';
  const balancing = useReportSelector(
    (s) =>
      carried ? balancingCarriedForwardOfReport(s.report, address.column as ApplicantInputColumn) : null,
    Object.is,
    carried,
  );
  const worked = useStepWorked(address.part);
  const previous = usePreviousYearValue(cellId);
  const commentTexts = useOpenCommentTexts(cellId);
  const comments = commentTexts.length;
  const me = useCellInteraction(interaction, cellId);
  const ranged = useInRange(interaction, inRange, cellId);
  const input = useRef<HTMLInputElement>(null);

  const mode = me?.mode;
  const editing = mode === 'enter' || mode === 'edit';
  const shown = editing ? me!.text : value;
  // Blank: 「待填」 (neutral) until the clerk has worked on the step, then an error like the others.
  const blank = !editing && value.trim() === '' ? (worked ? 'blank' : 'pending') : null;
  const flag = severity || (blank === 'blank' ? 'error' : '');

  // A selected cell keeps its whole text selected (so typing or an IME replaces it); an entry
  // begun by the grid (a typed key, F2, a double click) puts the caret at the end.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || !me || el.ownerDocument.activeElement !== el) return;
    if (me.mode === 'select') {
      if (el.selectionStart !== 0 || el.selectionEnd !== el.value.length)
        el.setSelectionRange(0, el.value.length);
    }
  });
  const caretSeq = me?.caretSeq;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the grid places the caret (caretSeq)
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || !me || me.mode === 'select' || el.ownerDocument.activeElement !== el) return;
    el.setSelectionRange(el.value.length, el.value.length);
  }, [caretSeq]);

  const invalid = isInvalidText(shown, decimal);
  return (
    <td
      className={`cell${me ? ' selected' : ''}${ranged ? ' in-range' : ''}${editing ? ' editing' : ''}${invalid ? ' invalid' : ''}${flag ? ` flag-${flag}` : ''}${blank === 'pending' ? ' pending' : ''}${comments > 0 ? ' commented' : ''}`}
      data-state={blank ?? undefined}
    >
      {/* Each input in a form of its own: Chromium's autofill reads every field of the focused
          input's form — or all form-less inputs of the page — at each focus and each change, so with
          the 144 cells of the matrix in one such set every Tab cost ~8 ms (issue 17 §3). The form has
          no box (display: contents) and is never submitted. */}
      <form className="cell-form" onSubmit={preventSubmit} noValidate>
        <input
          ref={input}
          data-cell={cellId}
          data-mode={mode}
          aria-label={comments ? `${label}（有${comments}条批注）` : label}
          aria-invalid={invalid || flag === 'error' ? true : undefined}
          aria-describedby={me ? statusId : undefined}
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          readOnly={locked}
          value={shown}
          placeholder={balancing !== null && balancing >= 0 ? String(balancing) : undefined}
          onFocus={() => dispatch({ type: 'focus', cell: cellId })}
          onBlur={() => dispatch({ type: 'blur' })}
          onMouseDown={(e) =>
            dispatch({ type: 'mousedown', cell: cellId, shift: e.shiftKey, secondary: e.button !== 0 }, e)
          }
          onDoubleClick={(e) => dispatch({ type: 'dblclick', cell: cellId }, e)}
          onSelect={(e) => {
            // Nothing may leave a selected (not editing) cell with a caret in its text.
            const el = e.currentTarget;
            if (
              interaction.get().mode === 'select' &&
              (el.selectionStart !== 0 || el.selectionEnd !== el.value.length)
            )
              el.setSelectionRange(0, el.value.length);
          }}
          onKeyDown={(e) => {
            // Keys belong to the IME while it composes.
            if (e.nativeEvent.isComposing || e.keyCode === 229) return;
            dispatch(
              { type: 'key', key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey },
              e,
            );
          }}
          onChange={(e) => dispatch({ type: 'input', text: e.target.value })}
          onCompositionStart={() => dispatch({ type: 'compositionstart' })}
          onCompositionEnd={(e) => dispatch({ type: 'compositionend', text: e.currentTarget.value })}
          onPaste={(e) => {
            const text = e.clipboardData.getData('text/plain');
            const html = e.clipboardData.getData('text/html');
            dispatch({ type: 'paste', cells: clipboardCells(text, html), text, html }, e);
          }}
          onCopy={(e) => dispatch({ type: 'copy', cut: false }, e)}
          onCut={(e) => dispatch({ type: 'copy', cut: true }, e)}
        />
      </form>
      {comments > 0 && (
        <span className="comment-marker" data-comment-marker={cellId} title={commentTexts.join('\n')} />
      )}
      {previous !== undefined && (
        <PreviousYearNote
          current={cellValue(decimal ? parseFee(value) : parseCount(value))}
          previous={previous}
          fee={decimal}
        />
      )}
    </td>
  );
});
