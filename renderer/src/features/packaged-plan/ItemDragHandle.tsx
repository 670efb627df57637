import { ActionIcon } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { GripIcon } from '../../ui/icons';
import classes from './packaged-plan.module.css';

export interface ItemDragData {
  type: 'item';
  itemId: string;
}

/**
 * The handle an item is dragged by into another delivery. Its own memoised component: typing
 * in the title does not re-render it, and a drag in progress re-renders the handles, not the
 * rows' fields. Named through `labelledBy` ("Drag <title> to another delivery").
 */
export const ItemDragHandle = memo(function ItemDragHandle({
  itemId,
  labelledBy,
}: {
  itemId: string;
  labelledBy: string;
}) {
  const data: ItemDragData = { type: 'item', itemId };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef } = useDraggable({
    id: `item:${itemId}`,
    data,
  });
  return (
    <ActionIcon
      ref={(node) => {
        setNodeRef(node);
        setActivatorNodeRef(node);
      }}
      variant="subtle"
      color="gray"
      className={`${classes.rowControl ?? ''} ${classes.handle ?? ''}`}
      {...attributes}
      {...listeners}
      aria-labelledby={labelledBy}
    >
      <GripIcon />
    </ActionIcon>
  );
});
