import { Button, Menu, Text } from '@mantine/core';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import { ITEM_KINDS } from '../../../../core/plan/schema';
import { PlusIcon } from '../../ui/icons';
import { KIND_HINTS } from './item-figures';
import { addItemAndFocus } from './KindGroupHeading';
import { deliveryPath } from './packaged-paths';

/** "Add item": pick a kind, and the new item's title takes the cursor. */
export function AddItemMenu({
  delivery,
  deliveryName,
}: {
  delivery: number;
  deliveryName: string;
}) {
  return (
    <Menu position="bottom-start" shadow="md" width={300} withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<PlusIcon />}
          aria-label={`Add item to ${deliveryName}`}
          data-path={deliveryPath(delivery, 'items')}
        >
          Add item
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Kind of item</Menu.Label>
        {ITEM_KINDS.map((kind) => (
          <Menu.Item
            key={kind}
            onClick={() => {
              addItemAndFocus(delivery, kind);
            }}
          >
            <Text size="sm">{ITEM_KIND_LABELS[kind]}</Text>
            <Text size="xs" c="dimmed">
              {KIND_HINTS[kind]}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
