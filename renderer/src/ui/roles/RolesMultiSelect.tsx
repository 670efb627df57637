import {
  Group,
  MultiSelect,
  Pill,
  Text,
  Tooltip,
  type ComboboxItem,
  type ComboboxItemGroup,
  type MultiSelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import type { RoleLabel } from '../../../../core/itil/vocabulary';
import { useRoleLabels } from './use-role-labels';

const GROUPS: readonly { kind: RoleLabel['kind']; label: string }[] = [
  { kind: 'process', label: 'Processes' },
  { kind: 'function', label: 'Functions' },
  { kind: 'role', label: 'Roles' },
  { kind: 'custom', label: "The plan's own roles" },
  { kind: 'unknown', label: 'Unknown (fix or remove)' },
];

export interface RolesMultiSelectProps extends Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'renderOption' | 'renderPill'
> {
  value: readonly string[];
  onChange: (roles: string[]) => void;
}

/**
 * Picks the ITIL processes, functions and roles that own something. Pills show abbreviations
 * with the full name as a tooltip; options show both, and search matches either.
 */
export function RolesMultiSelect({ value, onChange, ...props }: RolesMultiSelectProps) {
  const { catalogue, label } = useRoleLabels();
  const byId = useMemo(() => {
    const all = [...catalogue];
    for (const id of value) {
      if (!all.some((role) => role.id === id)) all.push(label(id));
    }
    return new Map(all.map((role) => [role.id, role]));
  }, [catalogue, label, value]);

  const data = useMemo((): ComboboxItemGroup<ComboboxItem>[] => {
    const roles = [...byId.values()];
    return GROUPS.map(({ kind, label: group }) => ({
      group,
      items: roles
        .filter((role) => role.kind === kind)
        .map((role) => ({ value: role.id, label: `${role.short} — ${role.full}` })),
    })).filter((group) => group.items.length > 0);
  }, [byId]);

  return (
    <MultiSelect
      {...props}
      data={data}
      value={[...value]}
      onChange={onChange}
      searchable
      // Enter after typing a few letters takes the first role that matches, as people expect
      // of a filter, instead of doing nothing until an option is highlighted by hand.
      selectFirstOptionOnChange
      nothingFoundMessage="No role by that name"
      // The options name roles in full: wider than a table cell's input.
      comboboxProps={{ width: 380, position: 'bottom-end', ...props.comboboxProps }}
      // The whole catalogue at once, without an inner scroll box: such a box is a scrollable
      // region keyboard users cannot tab to (axe), and about twenty roles fit on screen.
      withScrollArea={false}
      renderOption={({ option }) => {
        const role = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" fw={600} miw={64}>
              {role?.short ?? option.value}
            </Text>
            <Text size="xs" c="dimmed">
              {role?.full ?? ''}
            </Text>
          </Group>
        );
      }}
      renderPill={({ value: id, onRemove }) => {
        const role = id === undefined ? undefined : byId.get(id);
        if (!role) return null;
        return (
          <Tooltip label={role.full} withArrow openDelay={250}>
            <Pill
              withRemoveButton={!props.readOnly && !props.disabled}
              onRemove={onRemove}
              c={role.kind === 'unknown' ? 'red' : undefined}
              data-role={role.id}
            >
              {role.short}
            </Pill>
          </Tooltip>
        );
      }}
    />
  );
}
