import { ActionIcon } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { GripIcon } from '../../ui/icons';
import classes from './packaged-plan.module.css';

export interface ItemDragData {
  type: 'item';
  itemId: string;
  title: string;
}

/**
 * The handle an item is dragged by into another delivery. Its own component, so a drag in
 * progress re-renders the handles and not the rows' fields.
 */
export function ItemDragHandle({ itemId, title }: { itemId: string; title: string }) {
  const data: ItemDragData = { type: 'item', itemId, title };
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
      aria-label={`Drag ${title || `item ${itemId}`} to another delivery`}
    >
      <GripIcon />
    </ActionIcon>
  );
}
