import type { SnapshotSummary, StoredPlanSource } from '../../../core/contract/ipc/contract';
import { parsePlanText } from '../../../core/plan/parse';
import { UserFacingError } from '../ipc/user-facing-error';
import type { HandlersFor } from '../ipc/handler-types';
import { fileSource, firstProblems, storeWrite } from './document-files';
import type { DocumentServices } from './document-services';
import { quoteValue } from '../../../core/text/quote-value';

type SnapshotChannel =
  'putSnapshot' | 'listRecoverableSnapshots' | 'restoreSnapshot' | 'discardSnapshot';

/**
 * Crash-recovery copies of unsaved documents. A copy of a file's document keeps the file's
 * path main-side (from the grant the page named), so a restored copy saves where it came from
 * and nowhere the page could choose.
 */
export function createSnapshotHandlers(services: DocumentServices): HandlersFor<SnapshotChannel> {
  const { store, grants } = services;
  return {
    putSnapshot: async ({ id, title, source, planText, openedAt }) => {
      let stored: StoredPlanSource;
      let baseStamp = null;
      if (source.kind === 'file') {
        const granted = grants.resolve(source.grant);
        stored = { kind: 'file', name: granted.name, path: granted.path };
        baseStamp = granted.stamp;
      } else {
        stored = { kind: source.kind, name: source.name };
      }
      const savedAt = services.now().toISOString();
      await storeWrite(() =>
        store.putSnapshot({ id, title, source: stored, baseStamp, planText, savedAt, openedAt }),
      );
      return { savedAt };
    },

    listRecoverableSnapshots: () => {
      const snapshots: SnapshotSummary[] = store.snapshots
        .map(({ id, title, source, savedAt, openedAt }) => ({
          id,
          title,
          source,
          savedAt,
          openedAt,
        }))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      return Promise.resolve({ snapshots });
    },

    restoreSnapshot: async ({ id }) => {
      const record = await storeWrite(() => store.snapshot(id));
      if (!record) {
        throw new UserFacingError('not-found', 'That unsaved copy is no longer kept.');
      }
      const parsed = parsePlanText(record.planText);
      if (!parsed.ok) {
        throw new UserFacingError(
          'invalid-plan',
          `The unsaved copy of ${quoteValue(record.title)} could not be read back.`,
          firstProblems(parsed.problems),
        );
      }
      const source =
        record.source.kind === 'file'
          ? fileSource(grants.issue(record.source.path, record.baseStamp))
          : record.source;
      return { document: { plan: parsed.plan, source }, savedAt: record.savedAt };
    },

    discardSnapshot: async ({ id }) => ({
      discarded: await storeWrite(() => store.discardSnapshot(id)),
    }),
  };
}
