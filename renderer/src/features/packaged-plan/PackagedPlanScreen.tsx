import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { countItems } from '../../../../core/plan/item-kinds';
import { useDocumentStore } from '../../state/document-store';
import { ClipboardIcon, FoldIcon, PlusIcon } from '../../ui/icons';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { DeliveryList } from './DeliveryList';
import { addDelivery } from './packaged-edits';
import { deliveryPath } from './packaged-paths';
import { useDeliveryIds } from './packaged-selectors';
import { usePackagedView } from './packaged-view-store';
import { PasteItemsModal } from './PasteItemsModal';
import { RemoveDeliveryDialog } from './RemoveDeliveryDialog';
import { focusPackagedField, usePackagedFocus } from './use-packaged-focus';
import { planTitle } from '../../../../core/plan/untitled';

/** The packaged release plan: deliveries with their dates and the items each one bundles. */
export function PackagedPlanScreen() {
  const title = useDocumentStore((s) => s.plan?.title ?? '');
  const itemCount = useDocumentStore((s) => countItems(s.plan?.packagedPlan.deliveries ?? []));
  const ids = useDeliveryIds();
  const allFolded = usePackagedView((s) => ids.length > 0 && ids.every((id) => s.collapsed[id]));
  const root = useRef<HTMLDivElement>(null);
  usePackagedFocus(root);

  const add = () => {
    if (addDelivery() === null) return;
    const count = useDocumentStore.getState().plan?.packagedPlan.deliveries.length ?? 0;
    focusPackagedField(deliveryPath(count - 1, 'name'));
  };

  return (
    <Stack gap="lg" ref={root} maw={1200}>
      <ScreenHeader
        section="Packaged plan"
        title={planTitle(title)}
        actions={
          <>
            {ids.length > 1 ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<FoldIcon />}
                onClick={() => {
                  usePackagedView.getState().setAllCollapsed(ids, !allFolded);
                }}
              >
                {allFolded ? 'Unfold all' : 'Fold all'}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant="default"
              leftSection={<ClipboardIcon />}
              onClick={() => {
                usePackagedView.getState().openPaste(null);
              }}
            >
              Paste items…
            </Button>
            <Button
              size="xs"
              leftSection={<PlusIcon />}
              onClick={add}
              data-path="packagedPlan.deliveries"
            >
              Add delivery
            </Button>
          </>
        }
      >
        <Text size="sm" c="dimmed" data-testid="plan-summary">
          {ids.length} {ids.length === 1 ? 'delivery' : 'deliveries'} · {itemCount}{' '}
          {itemCount === 1 ? 'item' : 'items'}
        </Text>
      </ScreenHeader>
      {ids.length === 0 ? <NoDeliveries onAdd={add} /> : <DeliveryList ids={ids} />}
      <PasteItemsModal />
      <RemoveDeliveryDialog />
    </Stack>
  );
}

function NoDeliveries({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper withBorder radius="md" p="xl" ta="center">
      <Stack gap="sm" align="center">
        <Title order={2} size="h4">
          No deliveries yet
        </Title>
        <Text size="sm" c="dimmed" maw={460}>
          A packaged plan is a list of deliveries, each going live on a date with the items it
          bundles. Add the first delivery, or paste items from a spreadsheet and they go into a new
          one.
        </Text>
        <Button leftSection={<PlusIcon />} onClick={onAdd}>
          Add the first delivery
        </Button>
      </Stack>
    </Paper>
  );
}
