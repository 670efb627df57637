import { NavLink, Stack, Text } from '@mantine/core';
import { openRecentCommand, run } from './file-commands';
import { folderOf } from './document-names';
import { useFilesStore } from './files-store';

/** The recent files on the start screen, most recent first (files that are gone are pruned). */
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
          label={file.name}
          description={folderOf(file.path) ?? file.path}
          title={file.path}
          onClick={run(() => openRecentCommand(file.grant))}
          data-testid="recent-file"
        />
      ))}
    </Stack>
  );
}
