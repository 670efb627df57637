import { Text, TextInput } from '@mantine/core';
import { memo } from 'react';
import { ITEM_KIND_LABELS } from '../../../../core/plan/item-kinds';
import { figureOf } from '../../../../core/plan/item-drafts';
import type { Item } from '../../../../core/plan/schema';
import { useFieldError } from '../../ui/field-problems';
import { NumberField } from '../../ui/NumberField';
import { FIGURE_SPECS } from './item-figures';
import { ItemActionsMenu } from './ItemActionsMenu';
import { ItemDragHandle } from './ItemDragHandle';
import { setItemFigure, setItemTitle } from './packaged-edits';
import { itemPath } from './packaged-paths';
import { useItemAt } from './packaged-selectors';
import classes from './packaged-plan.module.css';

export interface ItemRowProps {
  delivery: number;
  index: number;
}

/**
 * One item: drag handle, id, title, the kind's figure and its actions. Memoised, and it reads
 * its own item from the store, so a keystroke re-renders this row alone.
 */
export const ItemRow = memo(function ItemRow({ delivery, index }: ItemRowProps) {
  const item = useItemAt(delivery, index);
  if (!item) return null;
  return (
    <div
      className={classes.row}
      data-testid="plan-item"
      data-item-id={item.id}
      role="group"
      aria-label={`${ITEM_KIND_LABELS[item.kind]} ${item.id}`}
    >
      <ItemDragHandle itemId={item.id} title={item.title} />
      <Text className={classes.itemId} title={item.id} aria-hidden>
        {item.id}
      </Text>
      <ItemTitle delivery={delivery} index={index} item={item} />
      <ItemFigure delivery={delivery} index={index} item={item} />
      <ItemActionsMenu
        delivery={delivery}
        index={index}
        itemId={item.id}
        kind={item.kind}
        title={item.title}
      />
    </div>
  );
});

interface FieldProps {
  delivery: number;
  index: number;
  item: Item;
}

function ItemTitle({ delivery, index, item }: FieldProps) {
  const path = itemPath(delivery, index, 'title');
  const titleError = useFieldError(path);
  const idError = useFieldError(itemPath(delivery, index, 'id'));
  const error = [idError && `Id ${idError}`, titleError].filter(Boolean).join('; ');
  return (
    <TextInput
      className={classes.title}
      size="sm"
      aria-label={`Title, item ${item.id}`}
      placeholder={`Name this ${ITEM_KIND_LABELS[item.kind].toLowerCase()}`}
      data-path={path}
      value={item.title}
      error={error || undefined}
      onChange={(event) => {
        setItemTitle(delivery, index, event.currentTarget.value, `item.title:${item.id}`);
      }}
    />
  );
}

function ItemFigure({ delivery, index, item }: FieldProps) {
  const spec = FIGURE_SPECS[item.kind];
  const path = itemPath(delivery, index, spec?.field ?? 'figure');
  const error = useFieldError(path);
  if (!spec) return <div className={classes.figureBlank} />;
  return (
    <NumberField
      className={classes.figure}
      size="sm"
      aria-label={`${spec.label}, item ${item.id}`}
      title={spec.label}
      data-path={path}
      value={figureOf(item)}
      optional={spec.optional}
      placeholder={spec.placeholder}
      prefix={spec.prefix}
      suffix={spec.suffix?.(figureOf(item))}
      hideControls
      min={spec.min}
      max={spec.max}
      allowDecimal={spec.decimals}
      error={error}
      onCommit={(value) => {
        setItemFigure(delivery, index, value, `item.${spec.field}:${item.id}`);
      }}
    />
  );
}
