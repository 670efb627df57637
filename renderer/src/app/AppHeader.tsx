import { ActionIcon, Button, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useDocumentStore, useIsDirty } from '../state/document-store';
import { commandLabel, useUndoRedo } from '../state/history';
import { runConvertCommand } from '../ui/convert-command';
import { useUiStore } from '../state/ui-store';
import { VocabularySwitch } from '../ui/roles/VocabularySwitch';
import { planTitle } from '../../../core/plan/untitled';

const MOD = navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl+';

/** Title bar of the editor: the document, undo/redo, Convert and the appearance switch. */
export function AppHeader() {
  const title = useDocumentStore((s) => s.plan?.title ?? '');
  const sourceName = useDocumentStore((s) => s.source?.name ?? '');
  const dirty = useIsDirty();
  const { canUndo, canRedo, undoLabel, redoLabel, undo, redo } = useUndoRedo();
  const colorScheme = useUiStore((s) => s.colorScheme);
  const setColorScheme = useUiStore((s) => s.setColorScheme);
  const panelOpen = useUiStore((s) => s.diagramPanel.open);
  const setDiagramPanel = useUiStore((s) => s.setDiagramPanel);

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text fw={700} component="span">
          Transition Studio
        </Text>
        <Text component="span" c="dimmed" truncate data-testid="document-title">
          {planTitle(title)} — {sourceName}
          {dirty ? ' •' : ''}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={`${commandLabel('Undo', undoLabel)} (${MOD}Z)`}>
          <ActionIcon variant="default" aria-label="Undo" disabled={!canUndo} onClick={undo}>
            <span aria-hidden>↶</span>
          </ActionIcon>
        </Tooltip>
        <Tooltip label={`${commandLabel('Redo', redoLabel)} (${MOD}Shift+Z)`}>
          <ActionIcon variant="default" aria-label="Redo" disabled={!canRedo} onClick={redo}>
            <span aria-hidden>↷</span>
          </ActionIcon>
        </Tooltip>
        <Tooltip label={`Convert the packaged plan into streams (${MOD}Shift+K)`}>
          <Button size="xs" onClick={runConvertCommand}>
            Convert
          </Button>
        </Tooltip>
        <Button
          size="xs"
          variant={panelOpen ? 'light' : 'default'}
          aria-pressed={panelOpen}
          onClick={() => {
            setDiagramPanel({ open: !panelOpen });
          }}
        >
          Live diagram
        </Button>
        <VocabularySwitch />
        <SegmentedControl
          size="xs"
          aria-label="Appearance"
          value={colorScheme}
          onChange={(value) => {
            setColorScheme(value);
          }}
          data={[
            { value: 'system', label: 'System' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
        />
      </Group>
    </Group>
  );
}
