import { NativeSelect, ScrollArea, Table, Text } from '@mantine/core';
import type { ImportColumn } from '../../../../core/import/columns';
import { CANONICAL_HEADERS } from '../../../../core/import/columns';
import { IMPORT_FIELDS, type ColumnUse } from '../../../../core/import/mapping';
import { cellText, type ImportRow } from '../../../../core/import/table';

const USE_OPTIONS = [
  ...IMPORT_FIELDS.map((field) => ({ value: field, label: CANONICAL_HEADERS[field] })),
  { value: 'custom', label: 'Keep as custom field' },
  { value: 'ignore', label: 'Leave out' },
];

/** The header row with a field picker per column, and the first rows as the file has them. */
export function ImportPreview({
  columns,
  rows,
  onUse,
}: {
  columns: readonly ImportColumn[];
  rows: readonly ImportRow[];
  onUse: (header: string, use: ColumnUse) => void;
}) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped withTableBorder fz="xs" aria-label="Columns and first rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.index}>
                <Text size="xs" fw={600}>
                  {column.header}
                </Text>
                <NativeSelect
                  size="xs"
                  aria-label={`Column "${column.header}" is`}
                  data={USE_OPTIONS}
                  value={column.use}
                  onChange={(event) => {
                    onUse(column.header, event.currentTarget.value as ColumnUse);
                  }}
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.number}>
              <Table.Td>{row.number}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.index}>{cellText(row.cells[column.index])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
