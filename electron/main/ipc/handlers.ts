import { join } from 'node:path';
import type { InvokeChannel } from '../../../core/ipc/channels';
import type { AppInfo, PlanDocument, RequestOf, ResponseOf } from '../../../core/ipc/contract';
import { readPlanFile } from '../../../io/plan-file';
import { createExportHandlers, type ExportDialogs } from '../export/export-handlers';
import { isAllowedExternalUrl } from '../security/external-urls';
import { UserFacingError } from './user-facing-error';

/** What the handlers need from the outside world; Electron and the E2E harness each supply it. */
export interface MainServices {
  appInfo: AppInfo;
  samplePlanPath: string;
  dialogs: { choosePlanToOpen(): Promise<string | undefined> };
  openExternal(url: string): Promise<void>;
  exportDialogs: ExportDialogs;
}

export type HandlerTable = {
  readonly [C in InvokeChannel]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
};

export const SAMPLE_PLAN_FILE = 'seed-plan.transition.json';

export function samplePlanPath(resourcesDir: string): string {
  return join(resourcesDir, 'samples', SAMPLE_PLAN_FILE);
}

export function createHandlers(services: MainServices): HandlerTable {
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
      return { document: await loadPlanDocument(path) };
    },

    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) return { opened: false };
      await services.openExternal(url);
      return { opened: true };
    },
  };
}

async function loadPlanDocument(path: string): Promise<PlanDocument> {
  const result = await readPlanFile(path);
  if (!result.ok) {
    throw new UserFacingError(
      result.reason === 'invalid' ? 'invalid-plan' : 'file-unreadable',
      result.message,
      result.problems,
    );
  }
  return { plan: result.plan, source: { kind: 'file', name: result.name, path: result.path } };
}
