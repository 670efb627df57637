import type { ReactNode } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';

interface VirtualRowProps {
  virtual: VirtualItem;
  /** Pixels to take off the row's start: a window virtualiser counts from the page top. */
  offset?: number;
  /** The virtualiser's `measureElement`, so rows of any height are laid out where they fall. */
  measure: (element: Element | null) => void;
  children: ReactNode;
}

/** One row of a virtualised list, placed absolutely at the virtualiser's offset. */
export function VirtualRow({ virtual, offset = 0, measure, children }: VirtualRowProps) {
  return (
    <div
      data-index={virtual.index}
      ref={measure}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        transform: `translateY(${String(virtual.start - offset)}px)`,
      }}
    >
      {children}
    </div>
  );
}
