// A table of the report as a spreadsheet: TanStack Table lays out the header tree (merged header
// cells like the national format) and rows; cells are memoised GridCells; movement, paste,
// undo/redo and 「空白填0」 are handled here once for all three tables.
import { type ColumnDef, getCoreRowModel, type Header, useReactTable } from '@tanstack/react-table';
import {
  type ClipboardEvent,
  Fragment,
  type MouseEvent,
  type SyntheticEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import { useEditor } from '../editor/editor-context';
import type { CellChange } from '../editor/undo-stack';
import { type Effect, type GridEnv, interact, type Range } from './cell-interaction';
import { CellStatus } from './cell-status';
import { committedText } from './cell-text';
import { DerivedCell } from './derived-cell';
import { type GridActions, GridActionsContext } from './grid-actions';
import { GridCell } from './grid-cell';
import { gridGeometry } from './grid-geometry';
import type { GridColumn, GridModel, GridRow } from './grid-model';
import { createInteractionStore, inRect, rangeRect, rectOf } from './interaction-store';
import { readHtmlTable, readTextBlock } from './paste-block';
import { changesOf, type PastePlan, type PasteQuestion, planPaste, planRangePaste } from './paste-plan';
import { PastePreview, PasteQuestionDialog } from './paste-preview';
import { isRangeCopy, rangeClipboard } from './range-copy';
import { RangeStatus } from './range-status';
import { autoscrollStep, freeArea, revealInGrid } from './reveal-cell';
import { RowGuidance } from './row-guidance';

const LABEL_COLUMN = '__label';

function columnDefs(model: GridModel): ColumnDef<GridRow>[] {
  const build = (cols: GridColumn[], depth: number): ColumnDef<GridRow>[] => {
    const out: ColumnDef<GridRow>[] = [];
    for (let i = 0; i < cols.length; ) {
      const group = cols[i]!.groups[depth];
      if (group === undefined) {
        out.push({ id: cols[i]!.key, header: cols[i]!.label });
        i++;
        continue;
      }
      let j = i;
      while (j < cols.length && cols[j]!.groups[depth] === group) j++;
      out.push({ id: `g${depth}:${group}:${i}`, header: group, columns: build(cols.slice(i, j), depth + 1) });
      i = j;
    }
    return out;
  };
  const label: ColumnDef<GridRow> = { id: LABEL_COLUMN, header: model.rowHeader };
  return [...(model.showRowLabels ? [label] : []), ...build(model.columns, 0)];
}

export function DataGrid({ model }: { model: GridModel }) {
  const { store, setCell, setCells, undo, locked } = useEditor();
  const geometry = useMemo(() => gridGeometry(model), [model]);
  const { rows } = geometry;
  const tableRef = useRef<HTMLTableElement>(null);
  const [notice, setNotice] = useState('');
  // A paste waiting for the clerk: a block with problems to confirm, or a question of how to read
  // it (with or without the table's totals); `cell` is where it was pasted, focused again after.
  const [preview, setPreview] = useState<{ plan: PastePlan; cell: string } | null>(null);
  const [question, setQuestion] = useState<{ question: PasteQuestion; cell: string } | null>(null);
  // The cell to focus once the paste's dialog is gone (a cell behind an open modal dialog is inert).
  const [refocus, setRefocus] = useState<string | null>(null);

  const decimalCells = useMemo(
    () =>
      new Set(
        rows.flatMap((row) => model.columns.filter((c) => c.decimal).map((c) => model.cell(row.key, c.key))),
      ),
    [model, rows],
  );
  const current = (cell: string) => {
    const a = parseCellId(cell);
    return a ? readDraftCell(store.get().draft, a) : '';
  };
  const focusCell = (cell: string) => {
    tableRef.current?.querySelector<HTMLInputElement>(`[data-cell="${CSS.escape(cell)}"]`)?.focus();
  };
  const apply = (changes: CellChange[]) => {
    setCells(changes.map((ch) => ({ cell: ch.cell, text: ch.after })));
    if (changes[0]) focusCell(changes[0].cell);
  };
  const writePlan = (plan: PastePlan) => {
    const changes = changesOf(plan.writes, current);
    setCells(plan.writes);
    undo.push(changes);
    setNotice([`已粘贴${plan.writes.length}个单元格`, ...plan.notices].join('；'));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusCell reads the table through a ref
  useEffect(() => {
    if (refocus === null || question || preview) return;
    setRefocus(null);
    focusCell(refocus);
  }, [refocus, question, preview]);

  // Cells get these through context; refs keep them stable so memoised cells never re-render for them.
  const latest = useRef({ geometry, model, locked, decimalCells });
  latest.current = { geometry, model, locked, decimalCells };
  const [interaction] = useState(createInteractionStore);
  // A focused cell is scrolled out from under the sticky row labels and header (reveal-cell.ts).
  const wrapRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = wrapRef.current;
    if (!box) return;
    const reveal = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement) revealInGrid(box, e.target);
    };
    box.addEventListener('focusin', reveal);
    return () => box.removeEventListener('focusin', reveal);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: everything that changes is read through `latest`; the helpers only use stable values
  const actions = useMemo<GridActions>(() => {
    const paste = (cell: string, data: { text: string; html: string; range?: Range }) => {
      const { geometry, model, locked } = latest.current;
      const { positions, rows } = geometry;
      const start = positions.get(cell);
      if (!start || locked) return;
      // The last paste's 「已粘贴…」 says nothing of this one (a blank clipboard, a preview).
      setNotice('');
      const block = (data.html && readHtmlTable(data.html)) || readTextBlock(data.text);
      if (block.length === 0) return;
      const rect = data.range ? rectOf(positions, data.range) : null;
      const options = { positional: isRangeCopy(data.html), rowBalance: model.rowBalance };
      const plan = rect
        ? planRangePaste(rows, model.columns, model.cell, rect, block, options)
        : planPaste(rows, model.columns, model.cell, start, block, options);
      if (plan.question) setQuestion({ question: plan.question, cell });
      else if (plan.problems.length > 0) setPreview({ plan, cell });
      else writePlan(plan);
    };
    const shownText = (cell: string) =>
      latest.current.geometry.isInput(cell)
        ? current(cell)
        : (tableRef.current?.querySelector(`output[data-cell="${CSS.escape(cell)}"]`)?.textContent ?? '');
    const env: GridEnv = {
      value: current,
      move: (...a) => latest.current.geometry.move(...a),
      returnTo: (...a) => latest.current.geometry.returnTo(...a),
      extend: (...a) => latest.current.geometry.extend(...a),
      block: (...a) => latest.current.geometry.block(...a),
      isInput: (cell) => latest.current.geometry.isInput(cell),
      committed: (cell, text) => committedText(text, latest.current.decimalCells.has(cell)),
      get locked() {
        return latest.current.locked;
      },
    };
    const run = (fx: Effect, dom: SyntheticEvent | undefined) => {
      switch (fx.type) {
        case 'prevent':
          dom?.preventDefault();
          if (fx.stop) dom?.stopPropagation();
          return;
        case 'write':
          return setCell(fx.cell, fx.text);
        case 'record':
          return undo.push([{ cell: fx.cell, before: fx.before, after: fx.after }]);
        case 'focus':
          return focusCell(fx.cell);
        case 'paste':
          return paste(fx.cell, fx);
        case 'change':
          setCells(fx.changes.map((ch) => ({ cell: ch.cell, text: ch.after })));
          return undo.push(fx.changes);
        case 'copy': {
          const data = (dom as ClipboardEvent<HTMLElement> | undefined)?.clipboardData;
          if (!data) return;
          const { text, html } = rangeClipboard(fx.cells.map((row) => row.map(shownText)));
          data.setData('text/plain', text);
          data.setData('text/html', html);
          return;
        }
        case 'reveal': {
          const el = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(fx.cell)}"]`);
          if (el && wrapRef.current) revealInGrid(wrapRef.current, el);
          return;
        }
        case 'undo':
          return undoStep();
        case 'redo':
          return redoStep();
      }
    };
    // The range's rectangle, once per interaction state (a cell's "am I in it" asks it per state).
    let rectFor = rangeRect(latest.current.geometry.positions);
    let rectPositions = latest.current.geometry.positions;
    const rect = () => {
      const { positions } = latest.current.geometry;
      if (positions !== rectPositions) {
        rectPositions = positions;
        rectFor = rangeRect(positions);
      }
      return rectFor(interaction.get());
    };
    return {
      interaction,
      inRange: (cell) => {
        const r = rect();
        return r !== null && inRect(r, latest.current.geometry.positions.get(cell));
      },
      rect,
      statusId: `cell-status-${latest.current.model.id}`,
      dispatch: (event, dom) => {
        const step = interact(interaction.get(), event, env);
        // The state first: effects such as focus() dispatch the next events synchronously.
        interaction.set(step.state);
        for (const fx of step.effects) run(fx, dom);
      },
    };
  }, [setCell, setCells, undo]);
  const undoStep = () => {
    const ch = undo.undo();
    if (ch) apply(ch);
    setNotice(ch ? '已撤销' : '没有可撤销的操作');
  };
  const redoStep = () => {
    const ch = undo.redo();
    if (ch) apply(ch);
    setNotice(ch ? '已重做' : '没有可重做的操作');
  };

  const fillBlanks = () => {
    const writes = rows.flatMap((row) =>
      row.derived
        ? []
        : model.columns
            .filter((c) => !c.derived)
            .map((c) => model.cell(row.key, c.key))
            .filter((cell) => current(cell).trim() === '')
            .map((cell) => ({ cell, text: '0' })),
    );
    const changes = changesOf(writes, current);
    setCells(writes);
    undo.push(changes);
    setNotice(writes.length ? `已将${writes.length}个空白单元格填为0` : '没有空白单元格');
  };

  // A drag from a cell selects a range (cell-interaction.ts ⁸): the button went down on a cell of
  // this grid and is still held — an input cell, or a total (`from`: the range's anchor, as in
  // Excel); Shift+click reaches totals too (their output has no handler).
  const dragging = useRef<{ from?: string } | null>(null);
  const cellOf = (target: EventTarget) =>
    target instanceof Element
      ? target.closest('td')?.querySelector<HTMLElement>('[data-cell]')?.dataset.cell
      : undefined;
  const onTableMouseDown = (e: MouseEvent) => {
    const cell = cellOf(e.target);
    const plain = e.button === 0 && !e.shiftKey && cell !== undefined;
    dragging.current = plain ? (geometry.isInput(cell) ? {} : { from: cell }) : null;
    // A total's text is not selected by the drag begun on it; the focus stays until the range takes it.
    if (plain && !geometry.isInput(cell)) e.preventDefault();
    if (e.button === 0 && e.shiftKey && cell !== undefined && !geometry.isInput(cell))
      actions.dispatch({ type: 'mousedown', cell, shift: true }, e);
  };
  // Autoscroll (Excel): a drag held past the visible part of the box (or within a few pixels of its
  // edge, the window's included) scrolls the box that way, then the window when the box is at its
  // end, every frame while the button is held, faster the farther past; the range follows to the
  // cell at the edge. Mouse events keep coming to the document while the button is held.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reads the grid through refs; `actions` is stable
  useEffect(() => {
    let frame = 0;
    let pointer: { x: number; y: number } | null = null;
    const tick = () => {
      frame = 0;
      const box = wrapRef.current;
      const drag = dragging.current;
      if (!box || !pointer || !drag) return;
      const label = box.querySelector(':scope > table > tbody th.row-label');
      const own = freeArea(box, label);
      const free = {
        left: Math.max(own.left, 0),
        top: Math.max(own.top, 0),
        right: Math.min(own.right, window.innerWidth),
        bottom: Math.min(own.bottom, window.innerHeight),
      };
      const { dx, dy } = autoscrollStep(pointer, free);
      if (dx === 0 && dy === 0) return;
      const before = { left: box.scrollLeft, top: box.scrollTop, x: window.scrollX, y: window.scrollY };
      box.scrollLeft += dx;
      box.scrollTop += dy;
      if (box.scrollLeft === before.left && box.scrollTop === before.top) window.scrollBy(dx, dy);
      const moved =
        box.scrollLeft !== before.left ||
        box.scrollTop !== before.top ||
        window.scrollX !== before.x ||
        window.scrollY !== before.y;
      if (!moved) return;
      // the cell now at the edge the pointer is past
      const after = freeArea(box, label);
      const x = Math.min(
        Math.max(pointer.x, Math.max(after.left, 0) + 2),
        Math.min(after.right, window.innerWidth) - 2,
      );
      const y = Math.min(
        Math.max(pointer.y, Math.max(after.top, 0) + 2),
        Math.min(after.bottom, window.innerHeight) - 2,
      );
      const target = document.elementFromPoint(x, y);
      const cell = target && tableRef.current?.contains(target) ? cellOf(target) : undefined;
      if (cell !== undefined)
        actions.dispatch({ type: 'drag', cell, ...(drag.from ? { from: drag.from } : {}) }, undefined);
      frame = requestAnimationFrame(tick);
    };
    const move = (e: globalThis.MouseEvent) => {
      if (!dragging.current) return;
      if ((e.buttons & 1) === 0) {
        dragging.current = null;
        pointer = null;
        return;
      }
      pointer = { x: e.clientX, y: e.clientY };
      if (!frame) frame = requestAnimationFrame(tick);
    };
    const up = () => {
      dragging.current = null;
      pointer = null;
    };
    document.addEventListener('mousemove', move);
    document.addEventListener('mouseup', up);
    return () => {
      document.removeEventListener('mousemove', move);
      document.removeEventListener('mouseup', up);
      cancelAnimationFrame(frame);
    };
  }, [actions]);
  const onTableMouseOver = (e: MouseEvent) => {
    if (!dragging.current) return;
    if ((e.buttons & 1) === 0) {
      dragging.current = null;
      return;
    }
    const cell = cellOf(e.target);
    const { from } = dragging.current;
    if (cell !== undefined) actions.dispatch({ type: 'drag', cell, ...(from ? { from } : {}) }, e);
  };

  const table = useReactTable({
    data: model.rows,
    columns: useMemo(() => columnDefs(model), [model]),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.key,
  });
  const headerGroups = table.getHeaderGroups();
  const columnCount = model.columns.length + (model.showRowLabels ? 1 : 0);

  return (
    <GridActionsContext.Provider value={actions}>
      <div className="grid-tools">
        <button type="button" onClick={fillBlanks} disabled={locked} aria-label={`空白填0（${model.label}）`}>
          空白填0
        </button>
        <button type="button" onClick={undoStep} disabled={locked} title="Ctrl+Z">
          撤销
        </button>
        <button type="button" onClick={redoStep} disabled={locked} title="Ctrl+Y">
          重做
        </button>
        <output className="muted" aria-live="polite" data-grid-notice={model.id}>
          {notice}
        </output>
        <RangeStatus grid={model.id} interaction={interaction} rect={actions.rect} />
      </div>
      <CellStatus id={actions.statusId} interaction={interaction} />
      <div className="grid-wrap" ref={wrapRef}>
        {/* biome-ignore lint/a11y/useKeyWithMouseEvents: a drag selects a range; by keyboard Shift+arrows do (cell-interaction.ts ⁸) */}
        <table
          className="grid"
          ref={tableRef}
          aria-label={model.label}
          data-grid={model.id}
          onMouseDown={onTableMouseDown}
          onMouseOver={onTableMouseOver}
        >
          <thead>
            {model.caption && (
              <tr>
                <th colSpan={columnCount}>{model.caption}</th>
              </tr>
            )}
            <HeaderRows groups={headerGroups} model={model} />
          </thead>
          <tbody>
            {table.getRowModel().rows.map(({ original: row }) =>
              row.group ? (
                <tr key={row.key} className="group-row">
                  <th scope="row" className={`row-label depth-${row.depth}`}>
                    {row.label}
                    {row.guidance && (
                      <RowGuidance
                        id={`${model.id}-${row.key}`}
                        subject={row.label}
                        guidance={row.guidance}
                      />
                    )}
                  </th>
                  <td colSpan={model.columns.length} />
                </tr>
              ) : (
                <tr key={row.key} data-row={row.key}>
                  {model.showRowLabels && (
                    <th scope="row" className={`row-label depth-${row.depth}`}>
                      {row.label}
                      {row.guidance && (
                        <RowGuidance
                          id={`${model.id}-${row.key}`}
                          subject={row.label}
                          guidance={row.guidance}
                        />
                      )}
                    </th>
                  )}
                  {model.columns.map((col) => {
                    const cell = model.cell(row.key, col.key);
                    const label = cellAccessibleName(model, row, col);
                    return (
                      <Fragment key={col.key}>
                        {row.derived || col.derived ? (
                          <DerivedCell cellId={cell} label={label} />
                        ) : (
                          <GridCell cellId={cell} label={label} decimal={col.decimal} />
                        )}
                      </Fragment>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {question && (
        <PasteQuestionDialog
          question={question.question}
          onCancel={() => {
            setQuestion(null);
            setRefocus(question.cell);
          }}
          onChoose={(plan) => {
            setQuestion(null);
            if (plan.problems.length > 0) setPreview({ plan, cell: question.cell });
            else {
              writePlan(plan);
              setRefocus(question.cell);
            }
          }}
        />
      )}
      {preview && (
        <PastePreview
          plan={preview.plan}
          onCancel={() => {
            setPreview(null);
            setRefocus(preview.cell);
          }}
          onConfirm={() => {
            writePlan(preview.plan);
            setPreview(null);
            setRefocus(preview.cell);
          }}
        />
      )}
    </GridActionsContext.Provider>
  );
}

function cellAccessibleName(model: GridModel, row: GridRow, col: GridColumn): string {
  const colName = [...col.groups.slice(1), col.label].join(' ');
  return model.showRowLabels ? `${row.label} — ${colName}` : `${col.groups.join(' ')} ${col.label}`;
}

/**
 * TanStack gives a leaf column that is shallower than the tree a placeholder header in each row
 * above it; the national format instead draws one cell spanning those rows. Render the topmost
 * placeholder as the leaf's header with rowSpan, and skip the rest.
 */
function HeaderRows({
  groups,
  model,
}: {
  groups: ReturnType<ReturnType<typeof useReactTable<GridRow>>['getHeaderGroups']>;
  model: GridModel;
}) {
  const done = new Set<string>();
  const label = (h: Header<GridRow, unknown>) => {
    const text = String(h.column.columnDef.header ?? '');
    const guidance = model.headerGuidance?.[text];
    return (
      <>
        {text}
        {guidance && <RowGuidance id={`${model.id}-${h.column.id}`} subject={text} guidance={guidance} />}
      </>
    );
  };
  return (
    <>
      {groups.map((g, gi) => (
        <tr key={g.id}>
          {g.headers.map((h: Header<GridRow, unknown>) => {
            const colId = h.column.id;
            if (h.isPlaceholder) {
              if (done.has(colId)) return null;
              done.add(colId);
              return (
                <th
                  key={h.id}
                  rowSpan={groups.length - gi}
                  colSpan={h.colSpan}
                  scope="col"
                  className={colId === LABEL_COLUMN ? 'row-label' : undefined}
                >
                  {label(h)}
                </th>
              );
            }
            if (done.has(colId)) return null;
            done.add(colId);
            return (
              <th
                key={h.id}
                colSpan={h.colSpan}
                scope={h.subHeaders.length ? 'colgroup' : 'col'}
                className={colId === LABEL_COLUMN ? 'row-label' : undefined}
              >
                {label(h)}
              </th>
            );
          })}
        </tr>
      ))}
    </>
  );
}
