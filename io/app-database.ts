import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';

/**
 * The app's own data (not the user's plans), kept with lowdb in the userData folder. Each
 * section is validated on load so that a hand-edited or half-migrated file cannot crash start-up:
 * a section that does not parse falls back to its default.
 */
const RectangleSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const AppDataSchema = z.object({
  version: z.literal(1).catch(1),
  window: z.object({ bounds: RectangleSchema, maximized: z.boolean() }).optional().catch(undefined),
  recentFiles: z
    .array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }))
    .max(10)
    .catch([]),
});

export type AppData = z.infer<typeof AppDataSchema>;

export const DEFAULT_APP_DATA: AppData = { version: 1, recentFiles: [] };

export interface OpenedAppDatabase {
  db: Low<AppData>;
  /** Set when the file could not be read and was moved aside: tell the user once. */
  recoveredFrom?: { movedTo: string; reason: string };
}

export async function openAppDatabase(
  filePath: string,
  now = new Date(),
): Promise<OpenedAppDatabase> {
  const db = new Low<AppData>(new JSONFile<AppData>(filePath), structuredClone(DEFAULT_APP_DATA));
  try {
    await db.read();
  } catch (error) {
    const movedTo = `${filePath}.${now.toISOString().replace(/[:.]/gu, '-')}.corrupt`;
    await rename(filePath, movedTo);
    db.data = structuredClone(DEFAULT_APP_DATA);
    const reason = error instanceof Error ? error.message : String(error);
    return { db, recoveredFrom: { movedTo, reason } };
  }
  db.data = AppDataSchema.parse(db.data);
  return { db };
}
