import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { createItem } from '../../../../core/plan/item-drafts';
import { ITEM_KIND_LABELS, describeItemDetail } from '../../../../core/plan/item-kinds';
import { parsePastedItems } from '../../../../core/plan/paste-items';
import { useDocumentStore } from '../../state/document-store';
import { addDelivery, addItems } from './packaged-edits';
import { itemPath } from './packaged-paths';
import { useDeliveryChoices } from './packaged-selectors';
import { usePackagedView } from './packaged-view-store';
import { textOr } from '../../ui/text';
import { focusPackagedField } from './use-packaged-focus';

/** The preview lists this many rows; the count covers them all. */
const PREVIEW_ROWS = 100;

const PLACEHOLDER = [
  'Functional requirement\tLogin with single sign-on',
  'Non-functional requirement\tPages load in under 2 s\t75%',
  'Infrastructure\tDB server\t2',
  'Ops briefing\tService desk briefing\t3',
  'Early life support\tHypercare\t15',
].join('\n');

/**
 * Many items at once, pasted from a spreadsheet: one per line, kind, title and figure. The
 * preview shows what will be added and names every line that cannot be read, by number; items
 * are added only when every line reads, so nothing pasted is dropped without the user knowing.
 */
export function PasteItemsModal() {
  const paste = usePackagedView((s) => s.paste);
  const closePaste = usePackagedView((s) => s.closePaste);
  return (
    <Modal
      opened={paste.open}
      onClose={closePaste}
      title="Paste items"
      size="xl"
      centered
      overlayProps={{ backgroundOpacity: 0.4 }}
    >
      {paste.open ? <PasteForm initialDeliveryId={paste.deliveryId} onDone={closePaste} /> : null}
    </Modal>
  );
}

function PasteForm({
  initialDeliveryId,
  onDone,
}: {
  initialDeliveryId: string | null;
  onDone: () => void;
}) {
  const { ids, names } = useDeliveryChoices();
  const [text, setText] = useState('');
  const [deliveryId, setDeliveryId] = useState(initialDeliveryId ?? ids[0] ?? '');
  const result = useMemo(() => parsePastedItems(text), [text]);
  const { items, problems, headerLine, readAs } = result;
  const ready = items.length > 0 && problems.length === 0;

  const add = () => {
    let target = ids.indexOf(deliveryId);
    if (target === -1) {
      if (addDelivery() === null) return;
      target = (useDocumentStore.getState().plan?.packagedPlan.deliveries.length ?? 1) - 1;
    }
    const before =
      useDocumentStore.getState().plan?.packagedPlan.deliveries[target]?.items.length ?? 0;
    const added = addItems(
      target,
      items.map((i) => i.draft),
    );
    const name =
      useDocumentStore.getState().plan?.packagedPlan.deliveries[target]?.name ?? 'the delivery';
    notifications.show({
      message: `Added ${String(added.length)} ${added.length === 1 ? 'item' : 'items'} to ${name}.`,
      autoClose: 4000,
    });
    onDone();
    focusPackagedField(itemPath(target, before, 'title'));
  };

  return (
    <Stack gap="md">
      {ids.length > 0 ? (
        <NativeSelect
          label="Add to"
          w={280}
          value={deliveryId}
          data={ids.map((id, index) => ({
            value: id,
            label: textOr(names[index], `Delivery ${id}`),
          }))}
          onChange={(event) => {
            setDeliveryId(event.currentTarget.value);
          }}
        />
      ) : (
        <Text size="sm">The plan has no delivery yet: the items go into a new one.</Text>
      )}
      <Textarea
        label="Rows from a spreadsheet"
        description="One item per line: its kind, its title, and the kind's figure (target %, quantity, weeks before, days after), separated by tabs as a spreadsheet copies them, or by commas. The kind can be its name or its id, in any case."
        placeholder={PLACEHOLDER}
        autosize
        minRows={6}
        maxRows={14}
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
        }}
      />
      {problems.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title={`${String(problems.length)} ${problems.length === 1 ? 'line needs' : 'lines need'} fixing before anything is added`}
          data-testid="paste-problems"
        >
          <List size="sm" spacing={2}>
            {problems.map((problem) => (
              <List.Item key={problem.line}>
                Line {problem.line} {problem.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <PastePreview items={items} headerLine={headerLine} readAs={readAs} />
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button disabled={!ready} onClick={add}>
          {items.length === 0
            ? 'Add items'
            : `Add ${String(items.length)} ${items.length === 1 ? 'item' : 'items'}`}
        </Button>
      </Group>
    </Stack>
  );
}

type PastedItems = ReturnType<typeof parsePastedItems>;

/** The rows as read, before anything is added (the first PREVIEW_ROWS of them). */
function PastePreview({
  items,
  headerLine,
  readAs,
}: Pick<PastedItems, 'items' | 'headerLine' | 'readAs'>) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} id="paste-preview-caption">
        {items.length} {items.length === 1 ? 'item' : 'items'} read
        {headerLine === undefined ? '' : ` (line ${String(headerLine)} is a header, skipped)`}
      </Text>
      {readAs.length > 0 ? (
        <Text size="sm" data-testid="paste-read-as">
          {readAs
            .map(({ written, kind }) => `${written} read as ${ITEM_KIND_LABELS[kind]}`)
            .join('; ')}
          .
        </Text>
      ) : null}
      <Table.ScrollContainer minWidth={480} maxHeight={260}>
        <Table
          striped
          withTableBorder
          stickyHeader
          aria-labelledby="paste-preview-caption"
          data-testid="paste-preview"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>Line</Table.Th>
              <Table.Th w={200}>Kind</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th w={140}>Figure</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.slice(0, PREVIEW_ROWS).map(({ line, draft }) => (
              <Table.Tr key={line}>
                <Table.Td>{line}</Table.Td>
                <Table.Td>{ITEM_KIND_LABELS[draft.kind]}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{draft.title}</Table.Td>
                <Table.Td>{describeItemDetail(createItem(draft, 'preview'))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length > PREVIEW_ROWS ? (
        <Text size="xs" c="dimmed">
          and {items.length - PREVIEW_ROWS} more.
        </Text>
      ) : null}
    </Stack>
  );
}
