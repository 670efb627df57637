import { Checkbox, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { RoleLabel } from '../../../../core/itil/vocabulary';
import type { Stream } from '../../../../core/plan/schema';
import { useDocumentStore } from '../../state/document-store';
import { useRoleLabels } from '../../ui/roles/use-role-labels';
import classes from './RolesMatrix.module.css';
import { setRole } from '../../state/stream-edits';
import { streamOwnerName } from './StreamRow';

const KIND_HEADINGS: Readonly<Record<RoleLabel['kind'], string>> = {
  process: 'Processes',
  function: 'Functions',
  role: 'Roles',
  custom: "Plan's own",
  unknown: 'Unknown',
};

/**
 * Streams × ITIL processes, functions and roles: who owns what at a glance, a checkbox per
 * cell. Roles a stream names that nobody defines get a column too, so they can be unticked.
 * Column heads are abbreviations written upwards, so the columns are as narrow as a checkbox and
 * the ITIL catalogue fits beside the live diagram at 1280×800; the stream names take the rest of
 * the width and wrap. More columns than fit scroll inside the matrix's own box, names in view.
 */
export function RolesMatrix({ streams }: { streams: readonly Stream[] }) {
  const { catalogue, label } = useRoleLabels();
  // Keyed by the unknown ids as text, so typing a stream's name keeps the same columns (and
  // the memoised rows stay as they are).
  const unknownKey = useMemo(() => {
    const known = new Set(catalogue.map((role) => role.id));
    return JSON.stringify(
      [...new Set(streams.flatMap((stream) => stream.roles))].filter((id) => !known.has(id)),
    );
  }, [catalogue, streams]);
  const columns = useMemo(() => {
    const unknown = (JSON.parse(unknownKey) as string[]).map(label);
    return [...catalogue, ...unknown];
  }, [catalogue, label, unknownKey]);
  const groups = useMemo(() => {
    const found: { kind: RoleLabel['kind']; span: number }[] = [];
    for (const role of columns) {
      const last = found.at(-1);
      if (last?.kind === role.kind) last.span += 1;
      else found.push({ kind: role.kind, span: 1 });
    }
    return found;
  }, [columns]);
  const groupStarts = useMemo(() => {
    const starts = new Set<string>();
    columns.forEach((role, i) => {
      if (i === 0 || columns[i - 1]?.kind !== role.kind) starts.add(role.id);
    });
    return starts;
  }, [columns]);

  return (
    <div className={classes.scroller} data-path="streamDesign.roles-matrix">
      <Table
        className={classes.matrix}
        aria-label="Roles matrix: which processes, functions and roles own each stream"
        withColumnBorders={false}
        highlightOnHover
        verticalSpacing={4}
        horizontalSpacing={4}
      >
        <Table.Thead className={classes.head}>
          <Table.Tr>
            <Table.Th className={classes.corner} rowSpan={2}>
              Stream
            </Table.Th>
            {groups.map((group) => (
              <Table.Th
                key={group.kind}
                colSpan={group.span}
                className={classes.group}
                scope="colgroup"
              >
                {KIND_HEADINGS[group.kind]}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {columns.map((role) => (
              <Table.Th
                key={role.id}
                scope="col"
                className={classes.role}
                data-group-start={groupStarts.has(role.id) || undefined}
                data-unknown={role.kind === 'unknown' || undefined}
              >
                <ColumnHead role={role} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {streams.map((stream, index) => (
            <MatrixRow
              key={stream.id}
              streamId={stream.id}
              name={stream.name}
              roles={stream.roles}
              index={index}
              columns={columns}
              groupStarts={groupStarts}
            />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/**
 * A role's abbreviation written upwards, its full name in a tooltip on hover and on keyboard
 * focus (and, alone, for screen readers).
 */
function ColumnHead({ role }: { role: RoleLabel }) {
  return (
    <Tooltip label={role.full} withArrow openDelay={250} events={TOOLTIP_EVENTS}>
      <span className={classes.roleLabel} data-role={role.id} tabIndex={0}>
        <span aria-hidden>{role.short}</span>
        <VisuallyHidden>{role.full}</VisuallyHidden>
      </span>
    </Tooltip>
  );
}

const TOOLTIP_EVENTS = { hover: true, focus: true, touch: false } as const;

/**
 * One stream's row. Memoised on the name and roles only, so editing a stream's cadence, approval
 * or items leaves the matrix alone, and typing a name re-renders that one row.
 */
const MatrixRow = memo(function MatrixRow({
  streamId,
  name,
  roles,
  index,
  columns,
  groupStarts,
}: {
  streamId: string;
  name: string;
  roles: readonly string[];
  index: number;
  columns: readonly RoleLabel[];
  groupStarts: ReadonlySet<string>;
}) {
  const editPlan = useDocumentStore((s) => s.editPlan);
  const owner = streamOwnerName({ name }, index);
  const owned = new Set(roles);
  return (
    <Table.Tr data-testid="matrix-row">
      <Table.Th scope="row" className={classes.stream}>
        <Text size="sm" className={classes.streamName}>
          {name.trim() === '' ? `Stream ${String(index + 1)}` : name}
        </Text>
      </Table.Th>
      {columns.map((role) => (
        <Table.Td
          key={role.id}
          className={classes.cell}
          data-group-start={groupStarts.has(role.id) || undefined}
        >
          <Checkbox
            size="xs"
            aria-label={`${role.full} owns ${owner}`}
            checked={owned.has(role.id)}
            color={role.kind === 'unknown' ? 'red' : undefined}
            onChange={(event) => {
              const owns = event.currentTarget.checked;
              editPlan(
                (draft) => {
                  setRole(draft, streamId, role.id, owns);
                },
                { label: 'Change roles' },
              );
            }}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  );
});
