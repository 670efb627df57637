import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedPlanText } from '../../../bench/generated-plan';
import { launchStudio, type StudioHarness } from './harness';
import { SMALL_SCREEN } from './small-screen';

/** Titles as a payments migration writes them: long, and alike until their last words. */
const SUBJECTS = [
  'Migrate card-authorisation routing from the legacy switch to the ISO 20022 gateway',
  'Reconcile settlement files between the acquiring platform and the general ledger',
  'Certify 3-D Secure 2.2 challenge flows with each card scheme before cut-over',
  'Move chargeback case handling from the mainframe queue to the dispute service',
] as const;

/**
 * A 500-item plan over five deliveries with long, real-looking titles; every 50th item is of
 * kind "other", which no default rule takes, so ten items stay in no stream after converting.
 * Written to a fresh folder; returns the file's path.
 */
export async function writeLongTitlePlan(): Promise<string> {
  const plan = JSON.parse(generatedPlanText(500, 5)) as {
    title: string;
    packagedPlan: { deliveries: { items: { kind: string; title: string }[] }[] };
  };
  plan.title = 'Card payments platform migration, waves 1–5';
  let n = 0;
  for (const delivery of plan.packagedPlan.deliveries) {
    for (const item of delivery.items) {
      n += 1;
      item.title = `${SUBJECTS[n % SUBJECTS.length] ?? ''} for acquirer group ${String(n)}`;
      if (n % 50 === 0) item.kind = 'other';
    }
  }
  const folder = await mkdtemp(join(tmpdir(), 'studio-long-titles-'));
  const file = join(folder, 'card-payments.transition');
  await writeFile(file, JSON.stringify(plan, null, 2));
  return file;
}

/** The app started, at 1280×800, with the long-title plan opened through File › Open. */
export async function openLongTitlePlan(): Promise<StudioHarness> {
  const file = await writeLongTitlePlan();
  const studio = await launchStudio({ start: 'start-screen', openDialogAnswers: [file] });
  await studio.page.setViewportSize(SMALL_SCREEN);
  await studio.page.getByRole('button', { name: 'Open…' }).click();
  await studio.page.getByTestId('document-title').waitFor();
  return studio;
}
