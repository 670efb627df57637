import {
  Badge,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { format, parseISO } from 'date-fns';
import { memo, useMemo, useRef, useState } from 'react';
import { describeCadence } from '../../../../core/plan/cadence-labels';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { Plan, Stream } from '../../../../core/plan/schema';
import { useRoleLabels } from '../../ui/roles/use-role-labels';
import classes from './TraceabilityMatrix.module.css';
import { filterTraceRows, middleCut, traceRows, type TraceRow } from './trace-rows';
import { titleOr } from '../../../../core/plan/untitled';

/**
 * Fixed row height: the virtual list places rows by it. Two lines of title fit; a longer title
 * ends in an ellipsis and shows whole on hover.
 */
const ROW_HEIGHT = 48;
/** A filter keystroke in a plan of thousands of items waits for a pause in typing. */
const FILTER_DELAY_MS = 150;
/**
 * A box with no layout (hidden, or jsdom) measures 0 × 0: it then renders a first screenful
 * rather than no row at all, until a real size arrives.
 */
const UNLAID_RECT = { width: 1000, height: 900 };

const observeLaidOutRect: typeof observeElementRect = (instance, onRect) =>
  observeElementRect(instance, (rect) => {
    onRect(rect.height === 0 ? UNLAID_RECT : rect);
  });

function formatDate(iso: string): string {
  try {
    return format(parseISO(iso), 'd MMM yyyy');
  } catch {
    return iso;
  }
}

/**
 * Items × streams, rows grouped by delivery, a check mark where a stream absorbed an item. Only
 * the rows in view are in the page, so a plan of thousands of items scrolls as fast as the
 * sample; the header row and the item column stay in view.
 */
export function TraceabilityMatrix({
  plan,
  streams,
  highlight,
}: {
  plan: Plan;
  streams: readonly Stream[];
  /** Items to mark as new (added by the last re-conversion). */
  highlight?: ReadonlySet<string>;
}) {
  const allRows = useMemo(() => traceRows(plan, streams), [plan, streams]);
  const { query, setQuery, appliedQuery, rows, itemTotal, itemShown } = useTraceFilter(allRows);
  const { label } = useRoleLabels();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: UNLAID_RECT,
    observeElementRect: observeLaidOutRect,
    getItemKey: (index) => rowKey(rows[index], index),
  });
  const virtualRows = virtualizer.getVirtualItems();
  const first = virtualRows[0];
  const last = virtualRows.at(-1);
  const padTop = first ? first.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const columns = streams.length + 2;

  return (
    <Stack gap="xs">
      <TraceFilterBar
        query={query}
        onQuery={setQuery}
        applied={appliedQuery}
        shown={itemShown}
        total={itemTotal}
      />
      <div
        ref={scroller}
        className={classes.scroller}
        data-testid="trace-matrix"
        tabIndex={0}
        role="region"
        aria-label="Traceability matrix, scrollable"
      >
        <Table
          className={classes.matrix}
          style={{ minWidth: 320 + 40 * streams.length }}
          aria-label="Traceability: packaged items by the streams that absorbed them"
          aria-rowcount={rows.length + 1}
          verticalSpacing={0}
          horizontalSpacing="xs"
        >
          <Table.Thead className={classes.head}>
            <Table.Tr aria-rowindex={1}>
              <Table.Th scope="col" className={classes.itemHead}>
                Packaged item
              </Table.Th>
              <Table.Th scope="col" className={classes.kindHead}>
                Kind
              </Table.Th>
              {streams.map((stream, index) => {
                const name =
                  stream.name.trim() === '' ? `Stream ${String(index + 1)}` : stream.name;
                return (
                  <Table.Th key={stream.id} scope="col" className={classes.streamHead}>
                    <Tooltip
                      label={`${name} · ${describeCadence(stream.cadence)} · owned by ${
                        stream.roles.map((role) => label(role).short).join(', ') || 'nobody yet'
                      }`}
                      withArrow
                      multiline
                      maw={320}
                      openDelay={200}
                    >
                      <span className={classes.vertical}>{name}</span>
                    </Tooltip>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {padTop > 0 ? (
              <tr aria-hidden style={{ height: padTop }}>
                <td colSpan={columns} className={classes.pad} />
              </tr>
            ) : null}
            {virtualRows.map((virtual) => {
              const row = rows[virtual.index];
              if (!row) return null;
              return (
                <TraceRowView
                  key={virtual.key}
                  row={row}
                  rowIndex={virtual.index + 2}
                  streams={streams}
                  columns={columns}
                  isNew={row.type === 'item' && (highlight?.has(row.item.id) ?? false)}
                />
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden style={{ height: padBottom }}>
                <td colSpan={columns} className={classes.pad} />
              </tr>
            ) : null}
          </Table.Tbody>
        </Table>
        {rows.length === 0 ? <Text p="sm">No item matches “{appliedQuery.trim()}”.</Text> : null}
      </div>
    </Stack>
  );
}

/** The filter typed above the matrix, applied once typing pauses, and what it keeps. */
function useTraceFilter(allRows: readonly TraceRow[]) {
  const [query, setQuery] = useState('');
  const [appliedQuery] = useDebouncedValue(query, FILTER_DELAY_MS);
  const rows = useMemo(() => filterTraceRows(allRows, appliedQuery), [allRows, appliedQuery]);
  const itemTotal = useMemo(() => allRows.filter((row) => row.type === 'item').length, [allRows]);
  const itemShown = useMemo(() => rows.filter((row) => row.type === 'item').length, [rows]);
  return { query, setQuery, appliedQuery, rows, itemTotal, itemShown };
}

function rowKey(row: TraceRow | undefined, index: number): string {
  if (!row) return String(index);
  return row.type === 'delivery' ? `d:${row.deliveryId}` : `i:${row.deliveryId}:${row.item.id}`;
}

/** Memoised: scrolling re-renders only the rows that come into view. */
const TraceRowView = memo(function TraceRowView({
  row,
  rowIndex,
  streams,
  columns,
  isNew,
}: {
  row: TraceRow;
  rowIndex: number;
  streams: readonly Stream[];
  columns: number;
  isNew: boolean;
}) {
  // Plain table elements styled by the module: thousands of rows pass through here while
  // scrolling, and Mantine's per-element style props cost more than the cells themselves.
  if (row.type === 'delivery') {
    return (
      <tr aria-rowindex={rowIndex} className={classes.deliveryRow} style={{ height: ROW_HEIGHT }}>
        <th scope="colgroup" colSpan={columns} className={classes.deliveryCell}>
          <span className={classes.deliveryName}>{row.name}</span>
          <span className={classes.deliveryMeta}>
            {formatDate(row.date)} · {row.itemCount} {row.itemCount === 1 ? 'item' : 'items'}
          </span>
        </th>
      </tr>
    );
  }
  const unmapped = row.streamIds.length === 0;
  const title = titleOr(row.item.title, row.item.id);
  return (
    <tr
      aria-rowindex={rowIndex}
      className={classes.itemRow}
      data-unmapped={unmapped || undefined}
      data-new={isNew || undefined}
      data-testid="trace-row"
      data-item-id={row.item.id}
      style={{ height: ROW_HEIGHT }}
    >
      <th scope="row" className={classes.itemCell}>
        <span className={classes.itemLine}>
          <span className={classes.title} title={title}>
            {middleCut(title)}
          </span>
          {unmapped ? (
            <Badge size="xs" color="yellow" variant="filled" className={classes.badge}>
              in no stream
            </Badge>
          ) : null}
          {isNew ? (
            <Badge size="xs" color="teal" variant="dot" className={classes.badge}>
              new
            </Badge>
          ) : null}
        </span>
      </th>
      <td className={classes.kindCell}>{ITEM_KIND_LABELS[row.item.kind]}</td>
      {streams.map((stream) => (
        <td key={stream.id} className={classes.markCell}>
          {row.streamIds.includes(stream.id) ? (
            <>
              <span aria-hidden className={classes.mark}>
                ✓
              </span>
              <VisuallyHidden>traced</VisuallyHidden>
            </>
          ) : null}
        </td>
      ))}
    </tr>
  );
});

function TraceFilterBar({
  query,
  onQuery,
  applied,
  shown,
  total,
}: {
  query: string;
  onQuery: (query: string) => void;
  applied: string;
  shown: number;
  total: number;
}) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Filter items"
        placeholder="Words from a title, id, kind or delivery"
        value={query}
        onChange={(event) => {
          onQuery(event.currentTarget.value);
        }}
        style={{ flex: '1 1 260px' }}
        data-testid="trace-filter"
      />
      <Text size="sm" c="dimmed" pb={8} aria-live="polite" data-testid="trace-filter-count">
        {applied.trim() === ''
          ? `${String(total)} ${total === 1 ? 'item' : 'items'}`
          : `${String(shown)} of ${String(total)} items match`}
      </Text>
    </Group>
  );
}
