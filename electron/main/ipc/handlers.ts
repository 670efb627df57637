import { join } from 'node:path';
import type { InvokeChannel } from '../../../core/contract/ipc/channels';
import { createExportHandlers, type ExportDialogs } from '../export/export-handlers';
import type { AppInfo, RequestOf, ResponseOf } from '../../../core/contract/ipc/contract';
import { createDocumentHandlers, loadPlanDocument } from '../documents/document-handlers';
import type { DocumentServices } from '../documents/document-services';
import { isAllowedExternalUrl } from '../security/external-urls';

/** What the handlers need from the outside world; Electron and the E2E harness each supply it. */
export interface MainServices {
  appInfo: AppInfo;
  samplePlanPath: string;
  dialogs: {
    choosePlanToOpen(): Promise<string | undefined>;
    choosePlanToSave(suggestion: { name: string; folder?: string }): Promise<string | undefined>;
  };
  openExternal(url: string): Promise<void>;
  exportDialogs: ExportDialogs;
  documents: DocumentServices;
}

export type HandlerTable = {
  readonly [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};

export const SAMPLE_PLAN_FILE = 'seed-plan.transition.json';

export function samplePlanPath(resourcesDir: string): string {
  return join(resourcesDir, 'samples', SAMPLE_PLAN_FILE);
}

export function createHandlers(services: MainServices): HandlerTable {
  const { openDocumentAt, ...documentHandlers } = createDocumentHandlers(services.documents, {
    choosePlanToSave: (suggestion) => services.dialogs.choosePlanToSave(suggestion),
  });
  return {
    ...createExportHandlers(services.exportDialogs),

    getAppInfo: () => Promise.resolve(services.appInfo),

    openSamplePlan: async () => {
      const document = await loadPlanDocument(services.samplePlanPath);
      return { ...document, source: { kind: 'sample', name: document.source.name } };
    },

    openPlan: async () => {
      const path = await services.dialogs.choosePlanToOpen();
      if (path === undefined) return { document: null };
      return { document: await openDocumentAt(path) };
    },

    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await services.openExternal(url);
      return { opened: true };
    },

    ...documentHandlers,
  };
}
