import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { textOr } from '../../ui/text';
import { undoPlanEdit } from '../../state/history';
import { removeDelivery } from './packaged-edits';
import { deliveryPath } from './packaged-paths';
import { usePackagedView } from './packaged-view-store';
import { focusPackagedField } from './use-packaged-focus';

/** Asks before a delivery goes with its items; after it goes, offers to bring it back. */
export function RemoveDeliveryDialog() {
  const deliveryId = usePackagedView((s) => s.removeRequest);
  const cancel = usePackagedView((s) => s.cancelRemove);
  const found = useDocumentStore(
    useShallow((s) => {
      const deliveries = s.plan?.packagedPlan.deliveries ?? [];
      const index = deliveries.findIndex((d) => d.id === deliveryId);
      const delivery = deliveries[index];
      return delivery ? { index, name: delivery.name, count: delivery.items.length } : null;
    }),
  );
  const index = found?.index ?? -1;
  const name = textOr(found?.name, 'this delivery');
  const count = found?.count ?? 0;

  const confirm = () => {
    if (index === -1) return;
    removeDelivery(index);
    cancel();
    const notificationId = `removed-${deliveryId ?? ''}`;
    notifications.show({
      id: notificationId,
      title: `${name} removed`,
      message: (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm">
            {count === 0
              ? 'It had no items.'
              : `Its ${String(count)} ${count === 1 ? 'item' : 'items'} went with it.`}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              undoPlanEdit();
              notifications.hide(notificationId);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
      autoClose: 8000,
    });
    const remaining = useDocumentStore.getState().plan?.packagedPlan.deliveries.length ?? 0;
    focusPackagedField(
      remaining === 0 ? 'packagedPlan.deliveries' : deliveryPath(Math.min(index, remaining - 1)),
    );
  };

  return (
    <Modal opened={found !== null} onClose={cancel} title={`Remove ${name}?`} centered>
      <Stack gap="md">
        <Text size="sm">
          {count === 0
            ? 'It has no items.'
            : `Its ${String(count)} ${count === 1 ? 'item goes' : 'items go'} with it.`}{' '}
          Streams that trace its items keep the trace until you convert again. You can undo this
          with Ctrl+Z.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={cancel} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={confirm}>
            Remove delivery
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
