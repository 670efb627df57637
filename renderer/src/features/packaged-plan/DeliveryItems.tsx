import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { entryKey, groupItems, type ItemListEntry } from './item-groups';
import { ItemRow } from './ItemRow';
import { KindGroupHeading } from './KindGroupHeading';
import { useDeliveryItemKeys } from './packaged-selectors';
import { registerItemScroller } from './packaged-view-store';
import classes from './packaged-plan.module.css';
import { VirtualRow } from '../../ui/VirtualRow';

/** Past this many lines a delivery's list is virtualised: only what is in view is rendered. */
export const VIRTUALISE_FROM = 60;
const ROW_ESTIMATE = 44;

export interface DeliveryItemsProps {
  delivery: number;
  deliveryId: string;
  deliveryName: string;
}

/** A delivery's items, grouped by kind; large deliveries scroll in a virtualised list. */
export function DeliveryItems({ delivery, deliveryId, deliveryName }: DeliveryItemsProps) {
  const { ids, kinds } = useDeliveryItemKeys(delivery);
  const entries = useMemo(() => groupItems(ids, kinds), [ids, kinds]);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm" ta="center">
        No items yet. Add one below, paste rows from a spreadsheet, or drag items here from another
        delivery.
      </Text>
    );
  }
  const render = (entry: ItemListEntry) =>
    entry.type === 'group' ? (
      <KindGroupHeading
        delivery={delivery}
        deliveryName={deliveryName}
        kind={entry.kind}
        count={entry.count}
      />
    ) : (
      <ItemRow delivery={delivery} index={entry.index} />
    );
  if (entries.length < VIRTUALISE_FROM) {
    return (
      <div>
        {entries.map((entry) => (
          <div key={entryKey(entry)}>{render(entry)}</div>
        ))}
      </div>
    );
  }
  return <VirtualItemList deliveryId={deliveryId} entries={entries} render={render} />;
}

function VirtualItemList({
  deliveryId,
  entries,
  render,
}: {
  deliveryId: string;
  entries: ItemListEntry[];
  render: (entry: ItemListEntry) => React.ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this list on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => {
      const entry = entries[index];
      return entry ? entryKey(entry) : index;
    },
    overscan: 6,
  });

  useEffect(
    () =>
      registerItemScroller(deliveryId, (itemIndex) => {
        const at = entries.findIndex((e) => e.type === 'item' && e.index === itemIndex);
        if (at !== -1) virtualizer.scrollToIndex(at, { align: 'center' });
      }),
    [deliveryId, entries, virtualizer],
  );

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="virtual-item-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const entry = entries[virtual.index];
          if (!entry) return null;
          return (
            <VirtualRow key={virtual.key} virtual={virtual} measure={virtualizer.measureElement}>
              {render(entry)}
            </VirtualRow>
          );
        })}
      </div>
    </div>
  );
}
