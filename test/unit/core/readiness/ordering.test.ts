import { describe, expect, it } from 'vitest';
import { checkReadiness, summariseFindings, type Finding } from '../../../../core/readiness';
import { firstDelivery, readyPlan, streamOf } from './plans';

/** A plan that trips checks of every severity, in several places, not in file order. */
function troubledPlan() {
  const plan = readyPlan();
  plan.strategy.horizon = { start: '2027-01-01', end: '2027-03-20' };
  delete plan.service.owner;
  streamOf(plan, 'els').roles = [];
  streamOf(plan, 'code').sourceItemIds.push('gone');
  delete streamOf(plan, 'knowledge').approval;
  plan.packagedPlan.deliveries.push({ id: 'd0', name: 'Early', date: '2027-01-05', items: [] });
  firstDelivery(plan).items.push({ id: 'x', kind: 'other', title: 'Data migration' });
  return plan;
}

describe('the order of findings', () => {
  it('lists errors, then warnings, then infos, each in the order of the plan file', () => {
    const findings = checkReadiness(troubledPlan());
    expect(findings.map((f) => [f.severity, f.check, f.path])).toEqual([
      ['error', 'stale-source-item', 'streamDesign.streams[0].sourceItemIds[1]'],
      ['error', 'stream-without-roles', 'streamDesign.streams[4].roles'],
      ['warning', 'service-owner-missing', 'service.owner'],
      ['warning', 'unmapped-item', 'packagedPlan.deliveries[0].items[7]'],
      ['warning', 'empty-delivery', 'packagedPlan.deliveries[1].items'],
      ['warning', 'stream-without-approval', 'streamDesign.streams[1].approval'],
      ['info', 'els-beyond-horizon', 'packagedPlan.deliveries[0].items[6].days'],
      ['info', 'deliveries-out-of-order', 'packagedPlan.deliveries[1].date'],
    ]);
  });

  it('orders indices as numbers, so items[10] comes after items[9]', () => {
    const plan = readyPlan();
    delete plan.streamDesign;
    firstDelivery(plan).items = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      kind: 'earlyLifeSupport' as const,
      title: `ELS ${i}`,
      days: 0,
    }));
    const [grouped] = checkReadiness(plan).filter((f) => f.check === 'els-zero-days');
    expect(grouped?.count).toBe(12);
    expect(grouped?.members?.map((member) => member.path)).toEqual(
      Array.from({ length: 12 }, (_, i) => `packagedPlan.deliveries[0].items[${String(i)}].days`),
    );
  });

  it('is deterministic: the same plan gives the same list, and the plan is left untouched', () => {
    const plan = troubledPlan();
    const before = structuredClone(plan);
    expect(checkReadiness(plan)).toEqual(checkReadiness(troubledPlan()));
    expect(plan).toEqual(before);
  });
});

describe('summariseFindings', () => {
  it('counts findings by severity', () => {
    expect(summariseFindings(checkReadiness(troubledPlan()))).toEqual({
      error: 2,
      warning: 4,
      info: 2,
    });
  });

  it('gives zeros for no findings', () => {
    const none: Finding[] = [];
    expect(summariseFindings(none)).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('ids and titles from a file', () => {
  it('treats ids like "constructor" and "__proto__" as plain ids', () => {
    const plan = readyPlan();
    const delivery = firstDelivery(plan);
    delivery.items.push(
      { id: 'constructor', kind: 'functional', title: 'Constructor' },
      { id: '__proto__', kind: 'document', title: 'Proto' },
    );
    streamOf(plan, 'knowledge').sourceItemIds.push('constructor', '__proto__', 'toString');
    streamOf(plan, 'code').sourceItemIds.push('constructor');
    expect(checkReadiness(plan).map((f) => [f.check, f.path])).toEqual([
      ['stale-source-item', 'streamDesign.streams[1].sourceItemIds[6]'],
    ]);
  });

  it('keeps a message on one short line whatever the title, and names untitled things by id', () => {
    const plan = readyPlan();
    const [fr] = firstDelivery(plan).items;
    if (!fr) throw new Error('fixture changed');
    fr.title = `Line one\nline two ${'x'.repeat(200)}`;
    streamOf(plan, 'knowledge').sourceItemIds = ['doc', 'brief', 'train'];
    const [message] = checkReadiness(plan).map((f) => f.message);
    expect(message).toMatch(/^Functional requirement "Line one line two x+…" has no knowledge/);
    expect(message).not.toContain('\n');
    fr.title = '  ';
    expect(checkReadiness(plan)[0]?.message).toBe(
      'Functional requirement (untitled, id "fr") has no knowledge stream covering it.',
    );
  });
});
