import { Text, TextInput } from '@mantine/core';
import { memo, useId } from 'react';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import { figureOf } from '../../../../core/plan/item-drafts';
import type { ItemKind } from '../../../../core/plan/schema';
import { useFieldError } from '../../ui/field-problems';
import { NumberField } from '../../ui/NumberField';
import { FIGURE_SPECS } from './item-figures';
import { ItemActionsMenu } from './ItemActionsMenu';
import { ItemDragHandle } from './ItemDragHandle';
import { setItemFigure, setItemTitle } from './packaged-edits';
import { itemPath } from './packaged-paths';
import { useItemAt } from './packaged-selectors';
import classes from './packaged-plan.module.css';
import { textOr } from '../../ui/text';

export interface ItemRowProps {
  delivery: number;
  index: number;
}

/**
 * One item: drag handle, id, title, the kind's figure and its actions. Memoised, and it reads
 * its own item from the store, so a keystroke re-renders this row alone; and within it, only
 * the title field and a hidden name: the handle and the menu are named through aria-labelledby
 * ("Actions for" + that name), so their props stay the same while the title changes.
 */
export const ItemRow = memo(function ItemRow({ delivery, index }: ItemRowProps) {
  const item = useItemAt(delivery, index);
  const rowId = useId();
  if (!item) return null;
  const nameId = `${rowId}-name`;
  return (
    <div
      className={classes.row}
      data-testid="plan-item"
      data-item-id={item.id}
      role="group"
      aria-label={`${ITEM_KIND_LABELS[item.kind]} ${item.id}`}
    >
      <span hidden id={`${rowId}-drag`}>
        Drag
      </span>
      <span hidden id={`${rowId}-drag-where`}>
        to another delivery
      </span>
      <span hidden id={`${rowId}-actions`}>
        Actions for
      </span>
      <span hidden id={nameId}>
        {textOr(item.title, `${ITEM_KIND_LABELS[item.kind].toLowerCase()} ${item.id}`)}
      </span>
      <ItemDragHandle itemId={item.id} labelledBy={`${rowId}-drag ${nameId} ${rowId}-drag-where`} />
      <Text className={classes.itemId} title={item.id} aria-hidden>
        {item.id}
      </Text>
      <ItemTitle
        delivery={delivery}
        index={index}
        itemId={item.id}
        kind={item.kind}
        title={item.title}
      />
      <ItemFigure
        delivery={delivery}
        index={index}
        itemId={item.id}
        kind={item.kind}
        value={figureOf(item)}
      />
      <ItemActionsMenu
        delivery={delivery}
        index={index}
        itemId={item.id}
        kind={item.kind}
        labelledBy={`${rowId}-actions ${nameId}`}
      />
    </div>
  );
});

interface TitleProps {
  delivery: number;
  index: number;
  itemId: string;
  kind: ItemKind;
  title: string;
}

function ItemTitle({ delivery, index, itemId, kind, title }: TitleProps) {
  const path = itemPath(delivery, index, 'title');
  const titleError = useFieldError(path);
  const idError = useFieldError(itemPath(delivery, index, 'id'));
  const error = [idError && `Id ${idError}`, titleError].filter(Boolean).join('; ');
  return (
    <TextInput
      className={classes.title}
      size="sm"
      aria-label={`Title, item ${itemId}`}
      placeholder={`Name this ${ITEM_KIND_LABELS[kind].toLowerCase()}`}
      data-path={path}
      value={title}
      // The whole title on hover, however narrow the field.
      title={title}
      error={error || undefined}
      onChange={(event) => {
        setItemTitle(delivery, index, event.currentTarget.value, `item.title:${itemId}`);
      }}
    />
  );
}

interface FigureProps {
  delivery: number;
  index: number;
  itemId: string;
  kind: ItemKind;
  value: number | undefined;
}

const ItemFigure = memo(function ItemFigure({ delivery, index, itemId, kind, value }: FigureProps) {
  const spec = FIGURE_SPECS[kind];
  const path = itemPath(delivery, index, spec?.field ?? 'figure');
  const error = useFieldError(path);
  if (!spec) return <div className={classes.figureBlank} />;
  return (
    <NumberField
      className={classes.figure}
      size="sm"
      aria-label={`${spec.label}, item ${itemId}`}
      title={spec.label}
      data-path={path}
      value={value}
      optional={spec.optional}
      placeholder={spec.placeholder}
      prefix={spec.prefix}
      suffix={spec.suffix?.(value)}
      hideControls
      min={spec.min}
      max={spec.max}
      allowDecimal={spec.decimals}
      error={error}
      onCommit={(next) => {
        setItemFigure(delivery, index, next, `item.${spec.field}:${itemId}`);
      }}
    />
  );
});
