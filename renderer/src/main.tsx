import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ColorSchemeSync } from './app/ColorSchemeSync';
import { FilesHost } from './features/files/FilesHost';
import { studioCssVariables, studioTheme } from './app/theme';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <MantineProvider
      theme={studioTheme}
      cssVariablesResolver={studioCssVariables}
      defaultColorScheme="auto"
    >
      <ColorSchemeSync />
      <Notifications position="bottom-right" />
      <App />
      <FilesHost />
    </MantineProvider>
  </StrictMode>,
);
