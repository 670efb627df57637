import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers, type MainServices } from '../../../electron/main/ipc/handlers';
import { rejectionOf } from '../../support/user-facing';
import { createTestMainServices } from '../../support/main-services';

const sampleFile = resolve(
  import.meta.dirname,
  '../../../resources/samples/seed-plan.transition.json',
);

async function setup(chosenPath?: string, confirmLinks = false) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'studio-handlers-data-'));
  const test = await createTestMainServices({ userDataDir, openDialogAnswers: [chosenPath] });
  const services = {
    ...test.services,
    dialogs: {
      ...test.services.dialogs,
      choosePlanToOpen: vi.fn<() => Promise<string | undefined>>(() => Promise.resolve(chosenPath)),
    },
    externalLinks: {
      open: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
      confirm: vi.fn<(url: string) => Promise<boolean>>(() => Promise.resolve(confirmLinks)),
    },
    exportDialogs: {
      chooseExportFile: () => Promise.resolve(undefined),
      chooseExportFolder: () => Promise.resolve(undefined),
    },
  } satisfies MainServices;
  return { handlers: createHandlers(services), services };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-handlers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createHandlers', () => {
  it('getAppInfo answers the app info it was given', async () => {
    const { handlers, services } = await setup();
    expect(await handlers.getAppInfo(undefined)).toEqual(services.appInfo);
  });

  it('openSamplePlan loads the packaged sample plan', async () => {
    const { handlers } = await setup();
    const document = await handlers.openSamplePlan(undefined);
    expect(document.plan.title).toBe('Seed example: two packaged deliveries');
    const deliveries = document.plan.packagedPlan.deliveries;
    expect(deliveries).toHaveLength(2);
    expect(deliveries.reduce((sum, delivery) => sum + delivery.items.length, 0)).toBe(27);
    expect(document.source).toEqual({ kind: 'sample', name: 'seed-plan.transition.json' });
  });

  it('openPlan answers no document when the user cancels the dialog', async () => {
    const { handlers } = await setup(undefined);
    expect(await handlers.openPlan(undefined)).toEqual({ document: null });
  });

  it('openPlan reads the chosen file and names its source', async () => {
    const path = join(dir, 'my plan.transition.json');
    await writeFile(path, await readFile(sampleFile));
    const { handlers, services } = await setup(path);
    const { document } = await handlers.openPlan(undefined);
    expect(services.dialogs.choosePlanToOpen).toHaveBeenCalledOnce();
    expect(document?.source).toMatchObject({ kind: 'file', path, name: 'my plan.transition.json' });
    expect(document?.plan.title).toBe('Seed example: two packaged deliveries');
  });

  it('openPlan reports a file that is not a valid plan by name', async () => {
    const path = join(dir, 'broken.transition.json');
    await writeFile(path, JSON.stringify({ format: 'transition-studio.plan', schemaVersion: 1 }));
    const error = await rejectionOf((await setup(path)).handlers.openPlan(undefined));
    expect(error.code).toBe('invalid-plan');
    expect(error.message).toContain('broken.transition.json');
    expect(error.problems?.length).toBeGreaterThan(0);
  });

  it('openPlan reports a file that is not JSON as an invalid plan', async () => {
    const path = join(dir, 'notes.transition.json');
    await writeFile(path, 'these are my notes');
    const error = await rejectionOf((await setup(path)).handlers.openPlan(undefined));
    expect(error.code).toBe('invalid-plan');
    expect(error.message).toContain('notes.transition.json');
  });

  it('openPlan reports a missing file as unreadable', async () => {
    const path = join(dir, 'gone.transition.json');
    const error = await rejectionOf((await setup(path)).handlers.openPlan(undefined));
    expect(error.code).toBe('file-unreadable');
    expect(error.message).toContain('gone.transition.json');
  });

  it('openPlan reports a folder as unreadable', async () => {
    const error = await rejectionOf((await setup(dir)).handlers.openPlan(undefined));
    expect(error.code).toBe('file-unreadable');
  });

  it('openExternal opens the app’s own links without asking', async () => {
    const { handlers, services } = await setup();
    const url = 'https://transition-studio.example/docs/';
    expect(await handlers.openExternal({ url })).toEqual({ opened: true });
    expect(services.externalLinks.confirm).not.toHaveBeenCalled();
    expect(services.externalLinks.open.mock.calls).toEqual([[url]]);
  });

  it.each([
    'https://example.com/help',
    'mailto:someone@example.com',
    'https://evil.com#@transition-studio.example/',
    'https://x.192.168.0.1.nip.io/',
    'https://transition-studio.example.evil.com/',
  ])('openExternal shows %s in full and opens it only when the user agrees', async (url) => {
    const declined = await setup(undefined, false);
    expect(await declined.handlers.openExternal({ url })).toEqual({ opened: false });
    expect(declined.services.externalLinks.confirm.mock.calls).toEqual([[url]]);
    expect(declined.services.externalLinks.open).not.toHaveBeenCalled();
    const agreed = await setup(undefined, true);
    expect(await agreed.handlers.openExternal({ url })).toEqual({ opened: true });
    expect(agreed.services.externalLinks.open.mock.calls).toEqual([[url]]);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com', 'smb://host/x'])(
    'openExternal refuses %s without touching the OS',
    async (url) => {
      const { handlers, services } = await setup();
      expect(await handlers.openExternal({ url })).toEqual({ opened: false });
      expect(services.externalLinks.confirm).not.toHaveBeenCalled();
      expect(services.externalLinks.open).not.toHaveBeenCalled();
    },
  );
});
