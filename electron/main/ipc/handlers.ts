import { join } from 'node:path';
import type { AppInfo } from '../../../core/contract/ipc/contract';
import { createOpenHandlers, type OpenDialogs } from '../documents/open-handlers';
import { createSaveHandlers, type SaveDialogs } from '../documents/save-handlers';
import { createSnapshotHandlers } from '../documents/snapshot-handlers';
import {
  createSendHandlers,
  createSettingsHandlers,
  type SendHandlerTable,
} from '../documents/window-handlers';
import type { DocumentServices } from '../documents/document-services';
import { createExportHandlers, type ExportDialogs } from '../export/export-handlers';
import { createExternalLinkHandlers, type ExternalLinks } from '../security/external-link-handlers';
import { createImportHandlers, type ImportDialogs } from '../import/import-handlers';
import type { HandlerTable } from './handler-types';

export type { HandlerTable } from './handler-types';

/** What the handlers need from the outside world; Electron and the E2E harness each supply it. */
export interface MainServices {
  appInfo: AppInfo;
  samplePlanPath: string;
  dialogs: OpenDialogs & SaveDialogs;
  externalLinks: ExternalLinks;
  exportDialogs: ExportDialogs;
  importDialogs: ImportDialogs;
  documents: DocumentServices;
}

export const SAMPLE_PLAN_FILE = 'seed-plan.transition.json';

export function samplePlanPath(resourcesDir: string): string {
  return join(resourcesDir, 'samples', SAMPLE_PLAN_FILE);
}

/** The one-way messages of the page, validated by dispatchSend like requests. */
export function createMessageHandlers(services: MainServices): SendHandlerTable {
  return createSendHandlers(services.documents);
}

/** The one table: each area's handlers (one module per area), combined. */
export function createHandlers(services: MainServices): HandlerTable {
  const { documents, dialogs } = services;
  return {
    getAppInfo: () => Promise.resolve(services.appInfo),
    ...createOpenHandlers(documents, dialogs, services.samplePlanPath),
    ...createSaveHandlers(documents, dialogs),
    ...createSnapshotHandlers(documents),
    ...createSettingsHandlers(documents),
    ...createExportHandlers(services.exportDialogs),
    ...createExternalLinkHandlers(services.externalLinks),
    ...createImportHandlers(services.importDialogs),
  };
}
