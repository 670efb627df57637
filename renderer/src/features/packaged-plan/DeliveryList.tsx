import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Paper, Stack, Text } from '@mantine/core';
import { Fragment, useMemo, useState } from 'react';
import { DeliveryCard } from './DeliveryCard';
import {
  ANNOUNCEMENTS,
  collideByKind,
  dragDataOf,
  dropDataOf,
  keyboardCoordinates,
  SCREEN_READER_INSTRUCTIONS,
  type DragData,
} from './drag-and-drop';
import { moveDelivery, moveItemToDelivery } from './packaged-edits';
import { itemName } from './ItemActionsMenu';
import classes from './packaged-plan.module.css';
import { VIRTUALISE_DELIVERIES_FROM, VirtualDeliveries } from './VirtualDeliveries';

/**
 * The deliveries, in plan order, as one drag-and-drop area. A large plan's cards are
 * virtualised: only cards near the view are mounted, so only they take drops and drags.
 */
export function DeliveryList({ ids }: { ids: readonly string[] }) {
  const [active, setActive] = useState<DragData | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const sortableIds = useMemo(() => ids.map((id) => `delivery:${id}`), [ids]);
  const renderCard = (index: number) => (
    <DeliveryCard
      index={index}
      isFirst={index === 0}
      isLast={index === ids.length - 1}
      itemDragActive={active?.type === 'item'}
    />
  );

  const onDragStart = ({ active: started }: DragStartEvent) => {
    setActive(dragDataOf(started.data.current));
  };
  const onDragEnd = ({ active: ended, over }: DragEndEvent) => {
    setActive(null);
    const dragged = dragDataOf(ended.data.current);
    const target = over ? dropDataOf(over.data.current) : null;
    if (!dragged || !target) return;
    if (dragged.type === 'item') {
      moveItemToDelivery(dragged.itemId, target.deliveryId);
    } else {
      const from = ids.indexOf(dragged.deliveryId);
      const to = ids.indexOf(target.deliveryId);
      if (from !== -1 && to !== -1) moveDelivery(from, to);
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collideByKind}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActive(null);
      }}
      accessibility={{
        announcements: ANNOUNCEMENTS,
        screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
      }}
    >
      <SortableContext items={sortableIds} strategy={verticalListSortingStrategy}>
        {ids.length >= VIRTUALISE_DELIVERIES_FROM ? (
          <VirtualDeliveries ids={ids} renderCard={renderCard} />
        ) : (
          <Stack gap="md">
            {ids.map((id, index) => (
              <Fragment key={id}>{renderCard(index)}</Fragment>
            ))}
          </Stack>
        )}
      </SortableContext>
      <DragOverlay>
        {active ? (
          <Paper withBorder p="xs" px="sm" radius="sm" className={classes.overlay}>
            <Text size="sm" fw={500} truncate>
              {active.type === 'item' ? itemName(active.itemId) : active.name}
            </Text>
          </Paper>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
