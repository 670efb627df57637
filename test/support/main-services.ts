import { join, resolve } from 'node:path';
import type { EventChannel } from '../../core/contract/ipc/channels';
import type { EventPayloadOf } from '../../core/contract/ipc/contract';
import {
  openDocumentServices,
  type DocumentServices,
  type EmitEvent,
  type WindowDocumentState,
} from '../../electron/main/documents/document-services';
import { samplePlanPath, type MainServices } from '../../electron/main/ipc/handlers';
import type { ReportServices } from '../../electron/main/report/report-handlers';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface EmittedEvent {
  event: EventChannel;
  payload: unknown;
}

export interface TestMainServicesOptions {
  userDataDir: string;
  /** What the Open dialog answers, in order: a path, or undefined for Cancel. */
  openDialogAnswers?: (string | undefined)[];
  /** What the Save dialog answers, in order. */
  saveDialogAnswers?: (string | undefined)[];
  /** What the export Save dialog answers, in order: a path, or undefined for Cancel. */
  exportDialogAnswers?: (string | undefined)[];
  /** What the File › Import… dialog answers, in order: a path, or undefined for Cancel. */
  importDialogAnswers?: (string | undefined)[];
  /** What the "Export all views" folder dialog answers, in order. */
  folderDialogAnswers?: (string | undefined)[];
  /** What the File › Export report… save dialog answers, in order. */
  reportDialogAnswers?: (string | undefined)[];
  /** Prints a report's HTML to PDF; without it a PDF export says this runtime cannot print. */
  printToPdf?: ReportServices['printToPdf'];
  /** What the user answers when asked to open a link that is not one of the app's own. */
  confirmLinks?: boolean;
  /** Where events go besides the record (the E2E harness forwards them to the page). */
  forward?: EmitEvent;
  now?: () => Date;
  watchDebounceMs?: number;
  runtime?: 'electron' | 'browser-harness';
}

export interface TestMainServices {
  services: MainServices;
  documents: DocumentServices;
  events: EmittedEvent[];
  documentStates: WindowDocumentState[];
  closeAnswers: boolean[];
  externalUrlsOpened: string[];
  /** URLs the user was asked about (shown in full) before opening. */
  externalUrlsConfirmed: string[];
  saveDialogSuggestions: { name: string; folder?: string }[];
  /** What File › Export report… proposed in its save dialog, in order. */
  reportDialogSuggestions: { suggestedName: string; format: string }[];
  eventsOf<E extends EventChannel>(event: E): EventPayloadOf<E>[];
}

/**
 * The main-process services as the app builds them (real app database in `userDataDir`, real
 * plan files, real watcher), with the native dialogs and the window replaced by records.
 */
export async function createTestMainServices(
  options: TestMainServicesOptions,
): Promise<TestMainServices> {
  const events: EmittedEvent[] = [];
  const documentStates: WindowDocumentState[] = [];
  const closeAnswers: boolean[] = [];
  const externalUrlsOpened: string[] = [];
  const externalUrlsConfirmed: string[] = [];
  const saveDialogSuggestions: { name: string; folder?: string }[] = [];
  const reportDialogSuggestions: { suggestedName: string; format: string }[] = [];
  const openAnswers = [...(options.openDialogAnswers ?? [])];
  const saveAnswers = [...(options.saveDialogAnswers ?? [])];
  const exportAnswers = [...(options.exportDialogAnswers ?? [])];
  const reportAnswers = [...(options.reportDialogAnswers ?? [])];
  const folderAnswers = [...(options.folderDialogAnswers ?? [])];
  const importAnswers = [...(options.importDialogAnswers ?? [])];
  const emit: EmitEvent = (event, payload) => {
    events.push({ event, payload });
    options.forward?.(event, payload);
  };
  const documents = await openDocumentServices({
    userDataDir: options.userDataDir,
    emit,
    window: {
      setDocumentState: (state) => documentStates.push(state),
      answerCloseRequest: (proceed) => closeAnswers.push(proceed),
    },
    ...(options.now ? { now: options.now } : {}),
    ...(options.watchDebounceMs === undefined ? {} : { watchDebounceMs: options.watchDebounceMs }),
  });
  const services: MainServices = {
    appInfo: {
      name: 'Transition Studio',
      version: 'test',
      platform: process.platform,
      runtime: options.runtime ?? 'electron',
    },
    samplePlanPath: samplePlanPath(join(repoRoot, 'resources')),
    dialogs: {
      choosePlanToOpen: () => Promise.resolve(openAnswers.shift()),
      choosePlanToSave: (suggestion) => {
        saveDialogSuggestions.push(suggestion);
        return Promise.resolve(saveAnswers.shift());
      },
    },
    externalLinks: {
      open: (url) => {
        externalUrlsOpened.push(url);
        return Promise.resolve();
      },
      confirm: (url) => {
        externalUrlsConfirmed.push(url);
        return Promise.resolve(options.confirmLinks ?? false);
      },
    },
    exportDialogs: {
      chooseExportFile: () => Promise.resolve(exportAnswers.shift()),
      chooseExportFolder: () => Promise.resolve(folderAnswers.shift()),
    },
    importDialogs: {
      chooseFileToImport: () => Promise.resolve(importAnswers.shift()),
      chooseCalendarToImport: () => Promise.resolve(importAnswers.shift()),
    },
    reports: {
      chooseReportFile: (suggestedName, format) => {
        reportDialogSuggestions.push({ suggestedName, format });
        return Promise.resolve(reportAnswers.shift());
      },
      ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    },
    documents,
  };
  return {
    services,
    documents,
    events,
    documentStates,
    closeAnswers,
    externalUrlsOpened,
    externalUrlsConfirmed,
    saveDialogSuggestions,
    reportDialogSuggestions,
    eventsOf: <E extends EventChannel>(event: E) =>
      events.filter((e) => e.event === event).map((e) => e.payload as EventPayloadOf<E>),
  };
}
