import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { importTable } from '../../../../core/import/import-table';
import { isBlankRow } from '../../../../core/import/table';
import { useDocumentStore } from '../../state/document-store';
import { applyImport } from './apply-import';
import { ImportPreview } from './ImportPreview';
import { mappingOf, useImportStore } from './import-store';

/** The preview shows this many data rows; the problems list shows every row that fails. */
const PREVIEW_ROWS = 5;

/**
 * File › Import…: how each column is read (recognised by its header, changeable here), the
 * first rows, and every row that cannot be read with its row number and why. Import brings in
 * the rows that read; the rest are listed, never dropped without the user seeing them.
 */
export function ImportDialog() {
  const file = useImportStore((s) => s.file);
  const close = useImportStore((s) => s.close);
  return (
    <Modal
      opened={file !== null}
      onClose={close}
      title={file === null ? 'Import' : `Import ${file.name}`}
      size="90%"
      centered
    >
      {file === null ? null : <ImportForm />}
    </Modal>
  );
}

function ImportForm() {
  const file = useImportStore((s) => s.file);
  const columns = useImportStore((s) => s.columns);
  const setColumnUse = useImportStore((s) => s.setColumnUse);
  const close = useImportStore((s) => s.close);
  const plan = useDocumentStore((s) => s.plan);
  const result = useMemo(
    () =>
      file === null
        ? null
        : importTable(file.table, { mapping: mappingOf(columns), ...(plan ? { into: plan } : {}) }),
    [file, columns, plan],
  );
  if (file === null || result === null) return null;
  const dataRows = file.table.rows
    .filter((row) => result.headerRow === undefined || row.number > result.headerRow)
    .filter((row) => !isBlankRow(row.cells))
    .slice(0, PREVIEW_ROWS);
  const { counts, problems } = result;
  const readable = counts.itemsAdded + counts.itemsUpdated;
  const headerFailed = result.columns.length === 0;
  const apply = (): void => {
    applyImport(result, file.name);
    close();
    notifications.show({
      title: 'Imported',
      message: `${count(counts.itemsAdded, 'item')} added, ${String(counts.itemsUpdated)} updated${problems.length > 0 ? `; ${count(problems.length, 'row')} left out` : ''}.`,
      color: problems.length > 0 ? 'yellow' : 'teal',
    });
  };
  return (
    <Stack>
      {result.notices.map((notice) => (
        <Text key={notice} size="sm" c="dimmed">
          {notice}
        </Text>
      ))}
      {headerFailed ? null : (
        <ImportPreview columns={result.columns} rows={dataRows} onUse={setColumnUse} />
      )}
      <Text size="sm">
        {count(result.rowsRead, 'row')}: {count(counts.itemsAdded, 'item')} to add,{' '}
        {String(counts.itemsUpdated)} to update by id,{' '}
        {count(counts.deliveriesAdded, 'new delivery', 'new deliveries')}.
      </Text>
      {problems.length === 0 ? null : (
        <Alert color="red" title={`${count(problems.length, 'row')} cannot be read`}>
          <ScrollArea.Autosize mah={200}>
            <List size="sm" aria-label="Rows that cannot be read">
              {problems.map((problem) => (
                <List.Item key={`${String(problem.row)}:${problem.message}`}>
                  {problem.row > 0 ? `Row ${String(problem.row)}: ` : ''}
                  {problem.message}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={close}>
          Cancel
        </Button>
        <Button onClick={apply} disabled={headerFailed || readable + counts.deliveryRows === 0}>
          {problems.length === 0 ? 'Import' : `Import the ${count(readable, 'readable row')}`}
        </Button>
      </Group>
    </Stack>
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}
