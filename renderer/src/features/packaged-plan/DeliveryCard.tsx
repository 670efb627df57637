import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useId } from 'react';
import { DayInput } from '../../ui/DayInput';
import { formatDay } from '../../ui/dates';
import { useFieldError, useProblemCountUnder } from '../../ui/field-problems';
import {
  ArrowDownIcon,
  ArrowUpIcon,
  ChevronIcon,
  ClipboardIcon,
  GripIcon,
  TrashIcon,
} from '../../ui/icons';
import { AddItemMenu } from './AddItemMenu';
import { DeliveryItems } from './DeliveryItems';
import { moveDelivery, renameDelivery, setDeliveryDate } from './packaged-edits';
import { deliveryPath } from './packaged-paths';
import { FIELD_LABELS } from '../../../../core/plan/field-labels';
import { useDeliveryHeading } from './packaged-selectors';
import { usePackagedView } from './packaged-view-store';
import classes from './packaged-plan.module.css';

export interface DeliveryDragData {
  type: 'delivery';
  deliveryId: string;
  name: string;
}

export interface DeliveryCardProps {
  index: number;
  isFirst: boolean;
  isLast: boolean;
  /** Whether an item is being dragged, so the card can show it takes drops. */
  itemDragActive: boolean;
}

/**
 * A delivery: a heading that folds it, its name and go-live date, and its items grouped by
 * kind. Dragged by its handle to reorder, or moved with the arrow buttons; items dropped on it
 * move into it.
 */
export function DeliveryCard({ index, isFirst, isLast, itemDragActive }: DeliveryCardProps) {
  const heading = useDeliveryHeading(index);
  const id = heading?.id ?? '';
  const collapsed = usePackagedView((s) => s.collapsed[id] === true);
  const setCollapsed = usePackagedView((s) => s.setCollapsed);
  const bodyId = useId();
  const headingId = useId();
  const path = deliveryPath(index);
  const problemCount = useProblemCountUnder(path);
  const name = heading?.name ?? '';
  const shownName = name.trim() === '' ? `Unnamed delivery (${id})` : name;

  const sortData: DeliveryDragData = { type: 'delivery', deliveryId: id, name: shownName };
  // One droppable per card: deliveries sort among themselves on it, and items land on it.
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
    isOver,
  } = useSortable({ id: `delivery:${id}`, data: sortData });

  if (!heading) return null;
  const { date, itemCount } = heading;
  const dropHighlight = itemDragActive && isOver;
  const className = [
    classes.card,
    dropHighlight ? classes.dropTarget : '',
    isDragging ? classes.dragging : '',
  ].join(' ');

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={headingId}
      className={className}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
      }}
      data-testid="delivery-card"
      data-delivery-id={id}
    >
      <Stack gap="sm">
        {/* The figures go under the name when both do not fit: a badge never covers the name. */}
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Group gap={4} wrap="nowrap" miw={0} style={{ flex: '1 1 auto' }}>
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="subtle"
              color="gray"
              className={classes.handle}
              {...attributes}
              {...listeners}
              aria-label={`Drag ${shownName} to reorder`}
            >
              <GripIcon />
            </ActionIcon>
            <Title order={2} size="h4" id={headingId} miw={0}>
              <UnstyledButton
                className={classes.headingButton}
                aria-expanded={!collapsed}
                aria-controls={bodyId}
                onClick={() => {
                  setCollapsed(id, !collapsed);
                }}
              >
                <ChevronIcon
                  className={`${classes.chevron ?? ''} ${collapsed ? '' : (classes.chevronOpen ?? '')}`}
                />
                <span className={classes.headingText} title={shownName}>
                  {shownName}
                </span>
              </UnstyledButton>
            </Title>
          </Group>
          <DeliveryFigures
            index={index}
            name={shownName}
            date={date}
            itemCount={itemCount}
            problemCount={problemCount}
            isFirst={isFirst}
            isLast={isLast}
          />
        </Group>
        {collapsed ? null : (
          <Stack gap="sm" id={bodyId} data-path={path}>
            <DeliveryFields index={index} name={name} date={date} />
            <DeliveryItems delivery={index} deliveryId={id} deliveryName={shownName} />
            <DeliveryActions index={index} id={id} name={shownName} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function DeliveryFields({ index, name, date }: { index: number; name: string; date: string }) {
  const namePath = deliveryPath(index, 'name');
  const datePath = deliveryPath(index, 'date');
  const nameError = useFieldError(namePath);
  const dateError = useFieldError(datePath);
  const idError = useFieldError(deliveryPath(index, 'id'));
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <TextInput
        label="Name"
        style={{ flex: '1 1 14rem' }}
        data-path={namePath}
        value={name}
        error={[idError && `Id ${idError}`, nameError].filter(Boolean).join('; ') || undefined}
        onChange={(event) => {
          renameDelivery(index, event.currentTarget.value, namePath);
        }}
      />
      <DayInput
        label={FIELD_LABELS.goLiveDate}
        w={190}
        data-path={datePath}
        value={date}
        placeholder="e.g. 30 Jun 2027"
        error={dateError}
        popoverProps={{ withinPortal: true }}
        onChange={(value) => {
          if (value) setDeliveryDate(index, value);
        }}
      />
    </Group>
  );
}

/** The date, item and problem counts, and the buttons that move the delivery up or down. */
function DeliveryFigures({
  index,
  name,
  date,
  itemCount,
  problemCount,
  isFirst,
  isLast,
}: {
  index: number;
  name: string;
  date: string;
  itemCount: number;
  problemCount: number;
  isFirst: boolean;
  isLast: boolean;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" size="lg" radius="sm" tt="none" fw={500}>
        {formatDay(date)}
      </Badge>
      <Badge variant="outline" color="gray" size="lg" radius="sm" tt="none" fw={500}>
        {itemCount} {itemCount === 1 ? 'item' : 'items'}
      </Badge>
      {problemCount > 0 ? (
        <Badge color="red" variant="filled" size="lg" radius="sm" tt="none" fw={500}>
          {problemCount} {problemCount === 1 ? 'problem' : 'problems'}
        </Badge>
      ) : null}
      <Tooltip label="Move up" openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={isFirst}
          aria-label={`Move ${name} up`}
          onClick={() => {
            moveDelivery(index, index - 1);
          }}
        >
          <ArrowUpIcon />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Move down" openDelay={400}>
        <ActionIcon
          variant="subtle"
          color="gray"
          disabled={isLast}
          aria-label={`Move ${name} down`}
          onClick={() => {
            moveDelivery(index, index + 1);
          }}
        >
          <ArrowDownIcon />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** Add an item, paste rows, or remove the delivery. */
function DeliveryActions({ index, id, name }: { index: number; id: string; name: string }) {
  return (
    <Group gap="xs" justify="space-between">
      <Group gap="xs">
        <AddItemMenu delivery={index} deliveryName={name} />
        <Button
          size="xs"
          variant="subtle"
          leftSection={<ClipboardIcon />}
          onClick={() => {
            usePackagedView.getState().openPaste(id);
          }}
        >
          Paste items…
        </Button>
      </Group>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<TrashIcon />}
        onClick={() => {
          usePackagedView.getState().askToRemove(id);
        }}
      >
        Remove delivery…
      </Button>
    </Group>
  );
}
