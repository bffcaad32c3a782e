import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nextSort,
  rowAfterKey,
  sortRows,
  type SortDirection,
  type SortState,
  type SortValue,
} from './data-table-model';
import { useWindowedList } from './use-windowed-list';
import './data-table.css';

export type { SortState } from './data-table-model';

export interface Column<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: Row) => SortValue;
  /** The direction a first click sorts in (dates and counts read best newest or largest first). */
  firstDirection?: SortDirection;
  /** The cell that names the row (a th with scope="row"). */
  rowHeader?: boolean;
  cellClassName?: (row: Row) => string | undefined;
}

interface DataTableProps<Row> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** Said by screen readers before the table; hidden on screen. */
  caption: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  defaultSort?: SortState;
  /** Enter on a focused row, or a click on it outside its links, opens it. */
  onOpen?: (row: Row) => void;
  /** A first guess at a row's height, for windowing long tables. */
  estimateRowHeight?: number;
  className?: string;
}

const PAGE_ROWS = 10;
const isControl = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('a, button, input, select, textarea, summary') !== null;

/**
 * A table of records: sortable columns (aria-sort on the sorted one), an empty state, rows that
 * take the focus (arrow keys, Page Up/Down, Home and End move it; Enter opens the row), and, for
 * long tables, only the rows near the viewport in the DOM. Clients, the worklist and the audit
 * log use it; ratings and ruptures are next.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  caption,
  empty,
  defaultSort,
  onOpen,
  estimateRowHeight = 45,
  className,
}: DataTableProps<Row>) {
  const { i18n } = useTranslation();
  const [sort, setSort] = useState<SortState | null>(defaultSort ?? null);
  const [active, setActive] = useState(0);
  const focusPending = useRef<number | null>(null);

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    return sort && column?.sortValue ? sortRows(rows, column.sortValue, sort.direction, i18n.language) : [...rows];
  }, [rows, columns, sort, i18n.language]);
  const body = useRef<HTMLTableSectionElement>(null);
  const list = useWindowedList(body, sorted.length, estimateRowHeight);
  const current = Math.min(active, Math.max(0, sorted.length - 1));

  useEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!row) return;
    focusPending.current = null;
    row.focus();
  });

  if (rows.length === 0) return <>{empty}</>;

  const moveTo = (index: number) => {
    setActive(index);
    focusPending.current = index;
    list.scrollToIndex(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Enter' && event.target === row && onOpen) {
      const target = sorted[index];
      if (target !== undefined) {
        event.preventDefault();
        onOpen(target);
      }
      return;
    }
    const next = rowAfterKey(event.key, index, sorted.length, PAGE_ROWS);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  };

  const onClick = (event: MouseEvent<HTMLTableRowElement>, row: Row) => {
    if (!onOpen || isControl(event.target) || window.getSelection()?.toString()) return;
    onOpen(row);
  };

  const colSpan = columns.length;
  return (
    <table
      className={['data-table', onOpen ? 'data-table-openable' : '', className ?? ''].join(' ').trim()}
      aria-rowcount={list.windowed ? sorted.length + 1 : undefined}
    >
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr aria-rowindex={list.windowed ? 1 : undefined}>
          {columns.map((column) => {
            const sortedHere = sort?.column === column.id;
            return (
              <th key={column.id} scope="col" aria-sort={sortedHere ? sort.direction : undefined}>
                {column.sortValue ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort(nextSort(sort, column.id, column.firstDirection ?? 'ascending'))}
                  >
                    {column.header}
                    <span className="sort-arrow" aria-hidden="true">
                      {sortedHere ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKeyDown}>
        {list.paddingTop > 0 && (
          <tr role="presentation" aria-hidden="true" className="data-table-spacer">
            <td colSpan={colSpan} style={{ height: list.paddingTop }} />
          </tr>
        )}
        {list.indexes.map((index) => {
          const row = sorted[index] as Row;
          return (
            <tr
              key={rowKey(row)}
              ref={list.measure}
              data-index={index}
              tabIndex={index === current ? 0 : -1}
              aria-rowindex={list.windowed ? index + 2 : undefined}
              onFocus={() => setActive(index)}
              onClick={(event) => onClick(event, row)}
            >
              {columns.map((column) => {
                const content = column.cell(row);
                const cellClass = column.cellClassName?.(row);
                return column.rowHeader ? (
                  <th key={column.id} scope="row" className={cellClass}>
                    {content}
                  </th>
                ) : (
                  <td key={column.id} className={cellClass}>
                    {content}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {list.paddingBottom > 0 && (
          <tr role="presentation" aria-hidden="true" className="data-table-spacer">
            <td colSpan={colSpan} style={{ height: list.paddingBottom }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
