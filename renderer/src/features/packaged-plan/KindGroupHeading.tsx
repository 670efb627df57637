import { ActionIcon, Badge, Title, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import type { ItemKind } from '../../../../core/plan/schema';
import { PlusIcon } from '../../ui/icons';
import { KIND_GROUP_LABELS } from './item-figures';
import { addItem } from './packaged-edits';
import { itemPath } from './packaged-paths';
import { useDocumentStore } from '../../state/document-store';
import classes from './packaged-plan.module.css';
import { focusPackagedField } from './use-packaged-focus';

export interface KindGroupHeadingProps {
  delivery: number;
  deliveryName: string;
  kind: ItemKind;
  count: number;
}

/** The heading over one kind's items, with a button that adds another of that kind. */
export const KindGroupHeading = memo(function KindGroupHeading({
  delivery,
  deliveryName,
  kind,
  count,
}: KindGroupHeadingProps) {
  const label = `Add a ${ITEM_KIND_LABELS[kind].toLowerCase()} to ${deliveryName}`;
  return (
    <div className={classes.groupHeading}>
      <Title order={3} size="sm" fw={600}>
        {KIND_GROUP_LABELS[kind]}
      </Title>
      <Badge size="sm" variant="light" color="gray" aria-label={`${String(count)} items`}>
        {count}
      </Badge>
      <Tooltip label={label} openDelay={400}>
        <ActionIcon
          size="sm"
          variant="subtle"
          aria-label={label}
          onClick={() => {
            addItemAndFocus(delivery, kind);
          }}
        >
          <PlusIcon />
        </ActionIcon>
      </Tooltip>
    </div>
  );
});

/** Adds an item of a kind and puts the cursor in its title. */
export function addItemAndFocus(delivery: number, kind: ItemKind): void {
  if (addItem(delivery, kind) === null) return;
  const count = useDocumentStore.getState().plan?.packagedPlan.deliveries[delivery]?.items.length;
  if (count !== undefined) {
    focusPackagedField(itemPath(delivery, count - 1, 'title'));
  }
}
