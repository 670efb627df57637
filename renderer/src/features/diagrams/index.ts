export { DiagramPanel, type DiagramPanelProps } from './DiagramPanel';
export { DiagramsScreen } from './DiagramsScreen';
export { requestDiagramExport } from './export-request';
export { useCurrentPlan, useDiagramOptions } from './current-plan';
