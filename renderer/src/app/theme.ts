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
 * The same for the red of a field's error and its message ("31 Feb 2027 is not a date…"):
 * Mantine's red 6 on white and red 8 on dark grey are about 3.5:1.
 */
export const studioCssVariables: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7],
    '--mantine-color-error': theme.colors.red[9],
  },
  dark: {
    '--mantine-color-dimmed': theme.colors.dark[1],
    '--mantine-color-error': theme.colors.red[4],
  },
});
