import { Modal, Notification, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const studioTheme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 in light and 8 in dark keep white text on filled buttons above 4.5:1.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  components: {
    // Mantine's close button has no accessible name of its own (axe: button-name), and its
    // message under a title is a light grey below AA contrast: use the raised "dimmed".
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    // The same for a dialog's close button.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Mantine's "dimmed" grey is below WCAG AA contrast (about 3.3:1 on white); secondary text here
 * is read all day, so it gets a darker grey (light) and a lighter one (dark), both ≥ 4.5:1.
 * Red text (the status bar's "2 problems") is red 7 in light, about 3.9:1: red 9 is 5.1:1.
 */
export const studioCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7],
    '--mantine-color-red-text': theme.colors.red[9],
  },
  dark: { '--mantine-color-dimmed': theme.colors.dark[1] },
});
