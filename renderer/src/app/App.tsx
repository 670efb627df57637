import { AppShell } from '@mantine/core';
import { useViewportSize } from '@mantine/hooks';
import { useDocumentStore } from '../state/document-store';
import { diagramPanelWidth, useUiStore } from '../state/ui-store';
import { AppHeader } from './AppHeader';
import { DiagramAside } from './DiagramAside';
import { ProblemAlert } from './ProblemAlert';
import { SectionNav } from './SectionNav';
import { SectionScreen } from './SectionScreen';
import { StartScreen } from './StartScreen';
import { StatusBar } from './StatusBar';
import { useAppCommands } from './use-app-commands';
import { SECTION_INFO } from '../ui/sections';
import { ImportDialog } from '../features/import';
import { ReportDialog } from '../features/report';

export function App() {
  const hasPlan = useDocumentStore((s) => s.plan !== null);
  const lastError = useDocumentStore((s) => s.lastError);
  const dismissError = useDocumentStore((s) => s.dismissError);
  const section = useUiStore((s) => s.section);
  const panel = useUiStore((s) => s.diagramPanel);
  const { width: windowWidth } = useViewportSize();
  useAppCommands();

  const error = lastError ? <ProblemAlert error={lastError} onClose={dismissError} /> : null;
  if (!hasPlan) {
    return (
      <>
        <StartScreen error={error} />
        <ImportDialog />
      </>
    );
  }

  const asideShown = panel.open && SECTION_INFO[section].liveView !== null;
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 200, breakpoint: 'sm' }}
      aside={{
        width: diagramPanelWidth(panel.width, windowWidth || window.innerWidth),
        breakpoint: 'md',
        collapsed: { desktop: !asideShown },
      }}
      footer={{ height: 30 }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <SectionNav />
      </AppShell.Navbar>
      <AppShell.Main>
        {error}
        <SectionScreen section={section} />
      </AppShell.Main>
      {asideShown ? (
        <AppShell.Aside aria-label="Live diagram">
          <DiagramAside />
        </AppShell.Aside>
      ) : null}
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
      <ImportDialog />
      <ReportDialog />
    </AppShell>
  );
}
