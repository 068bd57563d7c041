// One input cell of a grid, behaving like a spreadsheet cell: focused = selected (typing replaces),
// F2 / double-click edits in place, Escape reverts, arrows/Tab/Enter commit and move. Text being
// composed by an IME is never written half-way. Subscribes only to its own value and flags.
import { memo, useRef, useState } from 'react';
import { balancingCarriedForwardOfReport } from '../../domain/checks/balance-summary';
import type { CheckResult } from '../../domain/checks/types';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import type { ApplicantInputColumn } from '../../domain/report/keys';
import { useOpenComments } from '../editor/comment-targets';
import { useDraftSelector } from '../editor/draft-store';
import { useEditor } from '../editor/editor-context';
import { committedText, isInvalidText } from './cell-text';
import { useGridActions } from './grid-actions';

type Editing = { original: string; mode: 'enter' | 'edit' };

export function flagsText(results: CheckResult[] | undefined): string {
  if (!results || results.length === 0) return '';
  const sev = results.some((r) => r.severity === 'error') ? 'error' : 'warning';
  return `${sev}\n${results.map((r) => r.message).join('\n')}`;
}

export const GridCell = memo(function GridCell({
  cellId,
  label,
  decimal,
}: {
  cellId: string;
  label: string;
  decimal: boolean;
}) {
  const { store, locked } = useEditor();
  const actions = useGridActions();
  const address = parseCellId(cellId)!;
  const value = useDraftSelector(store, (s) => readDraftCell(s.draft, address));
  const flags = useDraftSelector(store, (s) => flagsText(s.flags.get(cellId)));
  const balancing = useDraftSelector(store, (s) =>
    address.part === 'applications' && address.row === 'carriedForward' && address.column !== 'total'
      ? balancingCarriedForwardOfReport(s.report, address.column as ApplicantInputColumn)
      : null,
  );
  const comments = useOpenComments(cellId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [local, setLocal] = useState('');
  const [focused, setFocused] = useState(false);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  const shown = editing ? local : value;
  const [severity, ...messages] = flags ? flags.split('\n') : [];
  const hint =
    balancing !== null && balancing >= 0 && String(balancing) !== value
      ? `使本列平衡的值为 ${balancing}（不会自动填入）`
      : '';
  const tipId = `tip-${cellId}`;

  const begin = (mode: Editing['mode'], text: string) => {
    setEditing({ original: value, mode });
    setLocal(text);
  };
  const commit = () => {
    if (!editing) return;
    const text = committedText(input.current?.value ?? local, decimal);
    actions.write(cellId, text);
    actions.record(cellId, editing.original, text);
    setEditing(null);
  };
  const revert = () => {
    if (!editing) return;
    actions.write(cellId, editing.original);
    setEditing(null);
    requestAnimationFrame(() => input.current?.select());
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || composing.current || e.keyCode === 229) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (ctrl && (key === 'z' || key === 'Z') && !e.shiftKey) {
      e.preventDefault();
      commit();
      actions.undo();
      return;
    }
    if (ctrl && (key === 'y' || key === 'Y' || ((key === 'z' || key === 'Z') && e.shiftKey))) {
      e.preventDefault();
      commit();
      actions.redo();
      return;
    }
    switch (key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        if (editing?.mode === 'edit') return;
        e.preventDefault();
        commit();
        actions.nav(cellId, key, false);
        return;
      case 'ArrowUp':
      case 'ArrowDown':
        e.preventDefault();
        commit();
        actions.nav(cellId, key, false);
        return;
      case 'Tab':
        commit();
        if (actions.nav(cellId, 'Tab', e.shiftKey)) e.preventDefault();
        return;
      case 'Enter':
        e.preventDefault();
        commit();
        actions.nav(cellId, 'Enter', e.shiftKey);
        return;
      case 'Escape':
        if (editing) {
          e.preventDefault();
          e.stopPropagation();
          revert();
        }
        return;
      case 'F2': {
        e.preventDefault();
        if (!editing) begin('edit', value);
        // Synchronously: the next key may arrive before another frame is drawn.
        const el = e.currentTarget;
        el.setSelectionRange(el.value.length, el.value.length);
        return;
      }
      case 'Delete':
      case 'Backspace':
        if (!editing && !locked) {
          e.preventDefault();
          actions.write(cellId, '');
          actions.record(cellId, value, '');
        }
        return;
      default:
        // A printable key on a selected cell starts typing over it (the browser replaces the selection).
        if (!editing && key.length === 1 && !ctrl && !e.altKey) begin('enter', value);
    }
  };

  const invalid = isInvalidText(shown, decimal);
  return (
    <td
      className={`cell${editing ? ' editing' : ''}${invalid ? ' invalid' : ''}${severity ? ` flag-${severity}` : ''}`}
    >
      <input
        ref={input}
        data-cell={cellId}
        aria-label={comments ? `${label}（有${comments}条批注）` : label}
        aria-invalid={invalid || severity === 'error' ? true : undefined}
        aria-describedby={(flags || hint) && focused ? tipId : undefined}
        title={[...messages, hint].filter(Boolean).join('\n') || undefined}
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        readOnly={locked}
        value={shown}
        placeholder={balancing !== null && value === '' && balancing >= 0 ? String(balancing) : undefined}
        onFocus={(e) => {
          setFocused(true);
          e.currentTarget.select();
        }}
        onBlur={() => {
          commit();
          setFocused(false);
        }}
        onDoubleClick={() => {
          if (!editing && !locked) begin('edit', value);
        }}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const text = e.target.value;
          if (!editing) setEditing({ original: value, mode: 'enter' });
          setLocal(text);
          if (!composing.current) actions.write(cellId, text);
        }}
        onCompositionStart={() => {
          composing.current = true;
          if (!editing) begin('enter', value);
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          const text = e.currentTarget.value;
          setLocal(text);
          actions.write(cellId, text);
        }}
        onPaste={(e) => {
          e.preventDefault();
          commit();
          actions.paste(cellId, {
            text: e.clipboardData.getData('text/plain'),
            html: e.clipboardData.getData('text/html'),
          });
        }}
      />
      {comments > 0 && (
        <span className="comment-marker" data-comment-marker={cellId} title={`${comments}条批注`} />
      )}
      {focused && (flags || hint) && (
        <div className="cell-tip" role="tooltip" id={tipId}>
          {messages.map((m) => (
            <div key={m}>{m}</div>
          ))}
          {hint && <div>{hint}</div>}
        </div>
      )}
    </td>
  );
});
