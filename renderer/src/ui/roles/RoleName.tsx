import { Badge, Tooltip, VisuallyHidden, type BadgeProps } from '@mantine/core';
import type { RoleLabel } from '../../../../core/itil/vocabulary';

/**
 * A role as a compact badge: the abbreviation on screen, the full name in a tooltip and for
 * screen readers (which read the full name only).
 */
export function RoleBadge({ role, ...badge }: { role: RoleLabel } & BadgeProps) {
  return (
    <Tooltip label={role.full} withArrow openDelay={250}>
      <Badge
        variant="light"
        color={role.kind === 'unknown' ? 'red' : 'gray'}
        radius="sm"
        tt="none"
        fw={600}
        data-role={role.id}
        {...badge}
      >
        <span aria-hidden>{role.short}</span>
        <VisuallyHidden>{role.full}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}

/** A role's abbreviation as plain text with its full name in a tooltip (table headers). */
export function RoleAbbreviation({ role }: { role: RoleLabel }) {
  return (
    <Tooltip label={role.full} withArrow openDelay={250}>
      <span data-role={role.id}>
        <span aria-hidden>{role.short}</span>
        <VisuallyHidden>{role.full}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}
