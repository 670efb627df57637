import { ActionIcon, Menu } from '@mantine/core';
import { memo } from 'react';
import { notifications } from '@mantine/notifications';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import { ITEM_KINDS, type ItemKind } from '../../../../core/plan/schema';
import { DotsIcon, MoveIcon, SwapIcon, TrashIcon } from '../../ui/icons';
import { changeItemKind, findItem, moveItemToDelivery, removeItem } from './packaged-edits';
import { itemPath } from './packaged-paths';
import { useDeliveryChoices } from './packaged-selectors';
import { useDocumentStore } from '../../state/document-store';
import classes from './packaged-plan.module.css';
import { showRemovalNotice } from '../../ui/removal-notice';
import { streamsLostSentence, textOr } from '../../ui/text';
import { focusPackagedField } from './use-packaged-focus';

export interface ItemActionsMenuProps {
  delivery: number;
  index: number;
  itemId: string;
  kind: ItemKind;
  /** Ids of the elements that name the button ("Actions for <title>"). */
  labelledBy: string;
}

/**
 * An item's actions: move it to another delivery (the keyboard's way to do what dragging
 * does), change its kind, remove it. The menu's lists render only while it is open; memoised,
 * so typing in the title does not re-render it.
 */
export const ItemActionsMenu = memo(function ItemActionsMenu({
  delivery,
  index,
  itemId,
  kind,
  labelledBy,
}: ItemActionsMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          className={classes.rowControl}
          aria-labelledby={labelledBy}
        >
          <DotsIcon />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <MoveToDeliverySub delivery={delivery} itemId={itemId} />
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item leftSection={<SwapIcon />}>Change kind</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown aria-label="Kinds">
            {ITEM_KINDS.map((option) => (
              <Menu.Item
                key={option}
                disabled={option === kind}
                onClick={() => {
                  changeItemKind(delivery, index, option);
                  focusItemTitle(itemId);
                }}
              >
                {ITEM_KIND_LABELS[option]}
              </Menu.Item>
            ))}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<TrashIcon />}
          onClick={() => {
            const name = itemName(itemId);
            const losers = removeItem(delivery, index);
            showRemovalNotice({
              id: `removed-${itemId}`,
              title: `Removed ${name}`,
              message: streamsLostSentence(losers, 'it') || 'Undo brings it back (Ctrl+Z).',
            });
            const next = itemPath(delivery, index, 'title');
            focusPackagedField(next);
          }}
        >
          Remove item
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
});

function MoveToDeliverySub({ delivery, itemId }: { delivery: number; itemId: string }) {
  const { ids, names } = useDeliveryChoices();
  const others = ids.flatMap((id, index) => {
    return index === delivery ? [] : [{ id, name: textOr(names[index], `delivery ${id}`) }];
  });
  return (
    <Menu.Sub>
      <Menu.Sub.Target>
        <Menu.Sub.Item leftSection={<MoveIcon />} disabled={others.length === 0}>
          Move to delivery…
        </Menu.Sub.Item>
      </Menu.Sub.Target>
      <Menu.Sub.Dropdown aria-label="Deliveries">
        {others.map((target) => (
          <Menu.Item
            key={target.id}
            onClick={() => {
              const name = itemName(itemId);
              if (moveItemToDelivery(itemId, target.id)) {
                notifications.show({
                  message: `Moved ${name} to ${target.name}.`,
                  autoClose: 3000,
                });
                focusItemTitle(itemId);
              }
            }}
          >
            {target.name}
          </Menu.Item>
        ))}
      </Menu.Sub.Dropdown>
    </Menu.Sub>
  );
}

/** How a message names an item: its title, or its id while it has none. */
export function itemName(itemId: string): string {
  const plan = useDocumentStore.getState().plan;
  const at = plan ? findItem(plan, itemId) : null;
  const title = at ? plan?.packagedPlan.deliveries[at.delivery]?.items[at.item]?.title : undefined;
  return textOr(title, `item ${itemId}`);
}

/** After a move or a change of kind the row sits elsewhere: keep the keyboard with it. */
function focusItemTitle(itemId: string): void {
  const plan = useDocumentStore.getState().plan;
  const at = plan ? findItem(plan, itemId) : null;
  if (at) focusPackagedField(itemPath(at.delivery, at.item, 'title'));
}
