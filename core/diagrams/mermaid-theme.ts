/**
 * The project's diagram theme: Mermaid's `base` theme coloured with the app's palette (Mantine
 * indigo and its greys), instead of Mermaid's default lavender. Light is also the print theme:
 * pale fills with dark text and dark lines stay readable on paper and in greyscale; dark keeps
 * the same hues on the app's dark surfaces. Every text colour is ≥ 4.5:1 on its fill.
 */
const LIGHT = {
  background: '#ffffff',
  primaryColor: '#edf2ff', // indigo 0: node fill
  primaryBorderColor: '#3b5bdb', // indigo 8
  primaryTextColor: '#1a1b1e',
  secondaryColor: '#f1f3f5', // gray 1
  secondaryBorderColor: '#868e96',
  secondaryTextColor: '#1a1b1e',
  tertiaryColor: '#f8f9fa', // subgraph fill
  tertiaryBorderColor: '#adb5bd',
  tertiaryTextColor: '#1a1b1e',
  lineColor: '#495057', // gray 7
  textColor: '#1a1b1e',
  clusterBkg: '#f8f9fa',
  clusterBorder: '#adb5bd',
  titleColor: '#212529',
  edgeLabelBackground: '#ffffff',
  // Gantt
  sectionBkgColor: '#edf2ff',
  altSectionBkgColor: '#ffffff',
  sectionBkgColor2: '#f1f3f5',
  taskBkgColor: '#4263eb',
  taskBorderColor: '#364fc7',
  taskTextColor: '#ffffff',
  taskTextOutsideColor: '#1a1b1e',
  taskTextDarkColor: '#1a1b1e',
  doneTaskBkgColor: '#adb5bd',
  activeTaskBkgColor: '#91a7ff',
  critBkgColor: '#c92a2a',
  gridColor: '#dee2e6',
  todayLineColor: '#e8590c',
} as const;

const DARK = {
  background: '#242424',
  primaryColor: '#2b2f45',
  primaryBorderColor: '#91a7ff', // indigo 4
  primaryTextColor: '#f1f3f5',
  secondaryColor: '#2e2e2e',
  secondaryBorderColor: '#909296',
  secondaryTextColor: '#f1f3f5',
  tertiaryColor: '#1f1f1f',
  tertiaryBorderColor: '#5c5f66',
  tertiaryTextColor: '#f1f3f5',
  lineColor: '#c1c2c5',
  textColor: '#f1f3f5',
  clusterBkg: '#1f1f1f',
  clusterBorder: '#5c5f66',
  titleColor: '#f1f3f5',
  edgeLabelBackground: '#242424',
  sectionBkgColor: '#2b2f45',
  altSectionBkgColor: '#242424',
  sectionBkgColor2: '#2e2e2e',
  taskBkgColor: '#3b5bdb',
  taskBorderColor: '#91a7ff',
  taskTextColor: '#ffffff',
  taskTextOutsideColor: '#f1f3f5',
  taskTextDarkColor: '#f1f3f5',
  doneTaskBkgColor: '#5c5f66',
  activeTaskBkgColor: '#364fc7',
  critBkgColor: '#e03131',
  gridColor: '#3b3b3b',
  todayLineColor: '#ff922b',
} as const;

export function diagramThemeVariables(theme: 'light' | 'dark'): Record<string, string | boolean> {
  return { ...(theme === 'dark' ? DARK : LIGHT), darkMode: theme === 'dark' };
}
