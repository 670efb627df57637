import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { registerDeliveryScroller } from './packaged-view-store';
import { VirtualRow } from '../../ui/VirtualRow';

/** Past this many deliveries the list is virtualised: only the cards near the view are rendered. */
export const VIRTUALISE_DELIVERIES_FROM = 40;
/** A card's height before it is measured: heading, fields, a few items and the actions. */
const CARD_ESTIMATE = 320;
/** The space between cards, as the unvirtualised Stack's gap="md". */
const GAP = 16;

/**
 * The delivery cards of a large plan, virtualised against the window (the app's page scrolls,
 * not the list): opening 10,000 deliveries mounts a screenful of cards, not 10,000.
 */
export function VirtualDeliveries({
  ids,
  renderCard,
}: {
  ids: readonly string[];
  renderCard: (index: number) => ReactNode;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts on the page: the screen header sits above it.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize: () => CARD_ESTIMATE,
    gap: GAP,
    overscan: 2,
    scrollMargin,
    getItemKey: (index) => ids[index] ?? index,
  });

  useEffect(
    () =>
      registerDeliveryScroller((index) => {
        virtualizer.scrollToIndex(index, { align: 'start' });
      }),
    [virtualizer],
  );

  return (
    <div
      ref={listRef}
      data-testid="virtual-delivery-list"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((virtual) => (
        <VirtualRow
          key={virtual.key}
          virtual={virtual}
          offset={virtualizer.options.scrollMargin}
          measure={virtualizer.measureElement}
        >
          {renderCard(virtual.index)}
        </VirtualRow>
      ))}
    </div>
  );
}
