import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore } from '../../state/document-store';
import { showRemovalNotice } from '../../ui/removal-notice';
import { streamsLostSentence, textOr } from '../../ui/text';
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
    const losers = removeDelivery(index);
    cancel();
    const items =
      count === 0
        ? 'It had no items.'
        : `Its ${String(count)} ${count === 1 ? 'item' : 'items'} went with it.`;
    showRemovalNotice({
      id: `removed-${deliveryId ?? ''}`,
      title: `${name} removed`,
      message: [items, streamsLostSentence(losers, count === 1 ? 'it' : 'them')]
        .filter(Boolean)
        .join(' '),
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
          Streams that carry its items stop carrying them. You can undo this with Ctrl+Z.
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
