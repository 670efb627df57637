import { dirname, extname } from 'node:path';
import type { FileStamp } from '../../../core/contract/app-data/documents';
import { validatePlanData } from '../../../core/plan/references';
import { serializePlan } from '../../../core/plan/serialize';
import type { Plan } from '../../../core/plan/schema';
import { AtomicWriteError } from '../../../io/atomic-write';
import type { SavePlanResult } from '../../../io/plan-documents';
import { UserFacingError } from '../ipc/user-facing-error';
import type { HandlersFor } from '../ipc/handler-types';
import { PLAN_EXTENSION, fileSource, firstProblems, rememberRecent } from './document-files';
import type { GrantedFile } from './document-grants';
import type { DocumentServices } from './document-services';

export interface SaveDialogs {
  /** The path the user chose in the save dialog, or undefined when they cancelled. */
  choosePlanToSave(suggestion: { name: string; folder?: string }): Promise<string | undefined>;
}

/**
 * Refuses a plan `transition-studio validate` would reject (a stream tracing an item no longer
 * in the plan, an unknown role): the app opens such a plan so that the user can repair it, but
 * never writes one. Crash-recovery copies are not saves and keep every plan, valid or not.
 */
function refuseInvalid(plan: Plan): void {
  const checked = validatePlanData(plan);
  if (checked.ok) return;
  const count = checked.totalProblems ?? checked.problems.length;
  const problems =
    count === 1 ? '1 problem in the plan' : `${count.toLocaleString('en')} problems in the plan`;
  throw new UserFacingError(
    'invalid-plan',
    `Not saved: ${problems} must be fixed first. The plan is still open and nothing on disk was changed.`,
    firstProblems(checked.problems),
  );
}

/**
 * Saving plans: only to a granted file or where the user just chose in the Save dialog. Main
 * knows the version it last read or wrote there, so a change by another program (or another
 * writer racing under the plan's lock) comes back as a conflict, never as a lost edit.
 */
export function createSaveHandlers(
  services: DocumentServices,
  dialogs: SaveDialogs,
): HandlersFor<'savePlan' | 'savePlanAs'> {
  const { planFiles, store, grants } = services;

  const save = async (
    granted: GrantedFile,
    plan: Plan,
    options: { overwrite: boolean; expected: FileStamp | null },
  ): Promise<SavePlanResult> => {
    try {
      return await planFiles.save(granted.path, serializePlan(plan), {
        expected: options.expected,
        overwrite: options.overwrite,
        backup: store.settings.backups,
      });
    } catch (error) {
      if (error instanceof AtomicWriteError) {
        throw new UserFacingError(
          'save-failed',
          `${error.message} The plan is still open and nothing on disk was changed.`,
        );
      }
      throw error;
    }
  };

  const answer = async (granted: GrantedFile, result: SavePlanResult, title: string) => {
    if ('conflict' in result) {
      const { reason, path, name, message } = result.conflict;
      return { conflict: { reason, path, name, message } };
    }
    const { path, stamp, backupPath } = result.saved;
    granted.stamp = stamp;
    await rememberRecent(services, path, title);
    return {
      saved: {
        source: fileSource(granted),
        ...(backupPath === undefined ? {} : { backupPath }),
      },
    };
  };

  return {
    savePlan: async ({ grant, plan, overwrite }) => {
      const granted = grants.resolve(grant);
      refuseInvalid(plan);
      return answer(
        granted,
        await save(granted, plan, { overwrite: overwrite === true, expected: granted.stamp }),
        plan.title,
      );
    },

    savePlanAs: async ({ plan, suggestedName, near }) => {
      // Before the dialog: the user is not asked for a name for a file that cannot be written.
      refuseInvalid(plan);
      const folder = near === undefined ? undefined : dirname(grants.resolve(near).path);
      const chosen = await dialogs.choosePlanToSave({
        name: suggestedName,
        ...(folder === undefined ? {} : { folder }),
      });
      if (chosen === undefined) return { cancelled: true as const };
      // The dialog asked before replacing the name the user typed; a name we extend was not
      // asked about, so an existing file there is a conflict rather than overwritten.
      const extended = extname(chosen) === '';
      const path = extended ? `${chosen}${PLAN_EXTENSION}` : chosen;
      const granted = grants.issue(path);
      // A file chosen in Save As is new to this document, whatever main knew of it before.
      return answer(
        granted,
        await save(granted, plan, { overwrite: !extended, expected: null }),
        plan.title,
      );
    },
  };
}
