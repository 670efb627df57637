import { Badge, NavLink, Stack, Text } from '@mantine/core';
import type { RecentFileEntry } from '../../../../core/contract/ipc/contract';
import { openRecentCommand, run } from './file-commands';
import { folderOf } from './document-names';
import { useFilesStore } from './files-store';

/**
 * The recent files on the start screen, most recent first: each by its plan's title with the
 * file name and folder under it. A file that has gone (moved, renamed, deleted) stays, marked
 * as missing; opening it says so and takes it off the list.
 */
export function RecentFilesList() {
  const files = useFilesStore((s) => s.recentFiles);
  if (files.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-labelledby="recent-files-heading">
      <Text id="recent-files-heading" size="sm" fw={600} c="dimmed">
        Recent files
      </Text>
      {files.map((file) => (
        <NavLink
          key={file.path}
          label={file.title ?? file.name}
          description={describe(file)}
          title={file.path}
          rightSection={
            file.missing ? (
              <Badge color="red" variant="light" size="sm">
                Missing
              </Badge>
            ) : null
          }
          onClick={run(() => openRecentCommand(file.grant))}
          data-testid="recent-file"
          data-missing={file.missing || undefined}
        />
      ))}
    </Stack>
  );
}

function describe(file: RecentFileEntry): string {
  const where = folderOf(file.path) ?? file.path;
  if (file.missing) {
    return `${file.name} is no longer in ${where}: it was moved, renamed or deleted.`;
  }
  return file.title ? `${file.name} · ${where}` : where;
}
