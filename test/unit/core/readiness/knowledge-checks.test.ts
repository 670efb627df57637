import { describe, expect, it } from 'vitest';
import { findingsOf, firstDelivery, readyPlan, streamOf, withoutItem } from './plans';

describe('functional-without-knowledge', () => {
  it('with a stream design, names each functional requirement no knowledge stream carries', () => {
    const plan = readyPlan();
    streamOf(plan, 'knowledge').sourceItemIds = ['doc', 'brief', 'train'];
    expect(findingsOf(plan, 'functional-without-knowledge')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[0]',
        message: 'Functional requirement "Order tracking" has no knowledge stream covering it.',
      },
    ]);
  });

  it('counts only streams that Knowledge Management owns', () => {
    const plan = readyPlan();
    streamOf(plan, 'knowledge').roles = ['sacm', 'validation-testing'];
    expect(findingsOf(plan, 'functional-without-knowledge')).toHaveLength(1);
    // The code stream carries it too, but that does not write knowledge.
    expect(streamOf(plan, 'code').sourceItemIds).toContain('fr');
  });

  it('without a design, names a delivery with functional requirements but no document or training', () => {
    const plan = withoutItem(withoutItem(readyPlan(), 'doc'), 'train');
    delete plan.streamDesign;
    expect(findingsOf(plan, 'functional-without-knowledge')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0]',
        message:
          'Delivery "Release 1" has functional requirements but no document or training to carry the knowledge for them.',
      },
    ]);
  });

  it('without a design, a document alone or training alone is enough', () => {
    const noTraining = withoutItem(readyPlan(), 'train');
    delete noTraining.streamDesign;
    expect(findingsOf(noTraining, 'functional-without-knowledge')).toEqual([]);
    const noDocument = withoutItem(readyPlan(), 'doc');
    delete noDocument.streamDesign;
    expect(findingsOf(noDocument, 'functional-without-knowledge')).toEqual([]);
  });

  it('falls back to the packaged check when the design has no streams', () => {
    const plan = withoutItem(withoutItem(readyPlan(), 'doc'), 'train');
    plan.streamDesign = { streams: [] };
    expect(findingsOf(plan, 'functional-without-knowledge').map((f) => f.path)).toEqual([
      'packagedPlan.deliveries[0]',
    ]);
  });
});

describe('ops-not-briefed', () => {
  it('names a delivery with functional changes and no ops briefing', () => {
    const plan = withoutItem(readyPlan(), 'brief');
    expect(findingsOf(plan, 'ops-not-briefed')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0]',
        message:
          'Delivery "Release 1" changes functionality, service levels and infrastructure but has no ops briefing before go-live.',
      },
    ]);
  });

  it('points at a briefing held on the go-live day', () => {
    const plan = readyPlan();
    const briefing = firstDelivery(plan).items[4];
    if (briefing?.kind !== 'opsBriefing') throw new Error('fixture changed');
    briefing.leadWeeks = 0;
    expect(findingsOf(plan, 'ops-not-briefed')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries[0].items[4].leadWeeks',
        message:
          'Ops briefing "Ops briefing" of Delivery "Release 1" is held on the go-live day, too late to brief operations before the change.',
      },
    ]);
  });

  it('names a go-live that changes only infrastructure or service levels', () => {
    const plan = withoutItem(withoutItem(readyPlan(), 'brief'), 'fr');
    expect(findingsOf(plan, 'ops-not-briefed').map((f) => f.message)).toEqual([
      'Delivery "Release 1" changes service levels and infrastructure but has no ops briefing before go-live.',
    ]);
    const infrastructureOnly = withoutItem(plan, 'nfr');
    expect(findingsOf(infrastructureOnly, 'ops-not-briefed').map((f) => f.message)).toEqual([
      'Delivery "Release 1" changes infrastructure but has no ops briefing before go-live.',
    ]);
  });

  it('stays quiet for a delivery that changes nothing operations run', () => {
    const plan = withoutItem(withoutItem(withoutItem(readyPlan(), 'brief'), 'fr'), 'nfr');
    expect(findingsOf(withoutItem(plan, 'hw'), 'ops-not-briefed')).toEqual([]);
  });
});

describe('no-training', () => {
  it('fires when functionality changes and no delivery has training', () => {
    const plan = withoutItem(readyPlan(), 'train');
    expect(findingsOf(plan, 'no-training')).toEqual([
      {
        severity: 'warning',
        path: 'packagedPlan.deliveries',
        message:
          'The plan changes functionality but has no training anywhere, so early life support cannot exit with training complete.',
      },
    ]);
  });

  it('stays quiet when training sits in another delivery, or nothing functional changes', () => {
    const plan = withoutItem(readyPlan(), 'train');
    plan.packagedPlan.deliveries.push({
      id: 'd2',
      name: 'Release 2',
      date: '2027-04-15',
      items: [
        { id: 't2', kind: 'training', title: 'Training', leadWeeks: 2 },
        { id: 'e2', kind: 'earlyLifeSupport', title: 'ELS', days: 5 },
      ],
    });
    expect(findingsOf(plan, 'no-training')).toEqual([]);
    expect(findingsOf(withoutItem(withoutItem(readyPlan(), 'train'), 'fr'), 'no-training')).toEqual(
      [],
    );
  });
});
