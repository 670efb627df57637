import {
  closestCenter,
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { DeliveryDragData } from './DeliveryCard';
import type { ItemDragData } from './ItemDragHandle';
import { itemName } from './ItemActionsMenu';

export type DragData = ItemDragData | DeliveryDragData;

export function dragDataOf(data: unknown): DragData | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const type = data.type;
  return type === 'item' || type === 'delivery' ? (data as DragData) : null;
}

/** The delivery card under a drag: the only kind of drop target. */
export function dropDataOf(data: unknown): DeliveryDragData | null {
  const target = dragDataOf(data);
  return target?.type === 'delivery' ? target : null;
}

/**
 * An item lands on the delivery card under the pointer (or, dragged from the keyboard, the one
 * it overlaps); a delivery sorts among the others, by the nearest centre.
 */
export const collideByKind: CollisionDetection = (args) => {
  const droppableContainers = args.droppableContainers.filter(
    (container) => dropDataOf(container.data.current) !== null,
  );
  const scoped = { ...args, droppableContainers };
  if (dragDataOf(args.active.data.current)?.type !== 'item') return closestCenter(scoped);
  const under = pointerWithin(scoped);
  return under.length > 0 ? under : rectIntersection(scoped);
};

/**
 * Keyboard dragging: a delivery moves one place per arrow key (the sortable default); an item
 * jumps from one delivery card to the next.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const dragged = dragDataOf(args.context.active?.data.current);
  if (dragged?.type !== 'item') return sortableKeyboardCoordinates(event, args);
  const { collisionRect, droppableRects, droppableContainers } = args.context;
  if (!collisionRect) return undefined;
  const direction = event.code === 'ArrowDown' ? 1 : event.code === 'ArrowUp' ? -1 : 0;
  if (direction === 0) return undefined;
  event.preventDefault();
  const centre = collisionRect.top + collisionRect.height / 2;
  const targets = droppableContainers
    .getEnabled()
    .filter((container) => dropDataOf(container.data.current) !== null)
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [rect] : [];
    })
    .sort((a, b) => a.top - b.top);
  const next =
    direction === 1
      ? targets.find((rect) => rect.top > centre)
      : [...targets].reverse().find((rect) => rect.top + rect.height < collisionRect.top);
  if (!next) return undefined;
  return { x: args.currentCoordinates.x, y: next.top + 24 - collisionRect.height / 2 };
};

function nameOf(data: unknown): string {
  const dragged = dragDataOf(data);
  if (dragged?.type === 'item') return itemName(dragged.itemId);
  return dragged?.name ?? 'the delivery';
}

function targetName(data: unknown): string | null {
  return dropDataOf(data)?.name ?? null;
}

export const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'Press Space or Enter to pick up. Arrow keys move it to another delivery (or, for a delivery, to another place in the list). Space or Enter drops it, Escape cancels. Each item’s actions menu also has Move to delivery.',
};

export const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) => `Picked up ${nameOf(active.data.current)}.`,
  onDragOver: ({ active, over }) => {
    const target = over ? targetName(over.data.current) : null;
    return target
      ? `${nameOf(active.data.current)} is over ${target}.`
      : `${nameOf(active.data.current)} is not over a delivery.`;
  },
  onDragEnd: ({ active, over }) => {
    const target = over ? targetName(over.data.current) : null;
    return target
      ? `${nameOf(active.data.current)} was dropped on ${target}.`
      : `${nameOf(active.data.current)} was put back.`;
  },
  onDragCancel: ({ active }) => `Moving ${nameOf(active.data.current)} was cancelled.`,
};
