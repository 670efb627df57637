import { describe, expect, it } from 'vitest';
import { pathAndAncestors, sectionForPath } from '../../renderer/src/ui/focus/section-for-path';

describe('sectionForPath', () => {
  it.each([
    ['strategy.horizon.end', 'strategy'],
    ['strategy', 'strategy'],
    ['service.owner', 'strategy'],
    ['title', 'strategy'],
    ['', 'strategy'],
    ['packagedPlan.deliveries[1].items[5].targetPercent', 'packaged'],
    ['packagedPlan.deliveries', 'packaged'],
    ['streamDesign.streams[0].roles[2]', 'streams'],
    ['streamDesign', 'streams'],
    ['customRoles[0].abbreviation', 'streams'],
    ['conversionRules.rules[0].stream.roles', 'review'],
  ] as const)('sends %s to the %s section', (path, section) => {
    expect(sectionForPath(path)).toBe(section);
  });

  it('does not mistake a field that merely starts like a section for it', () => {
    expect(sectionForPath('streamDesignNotes')).toBe('strategy');
    expect(sectionForPath('packagedPlanCopy[0]')).toBe('strategy');
  });
});

describe('pathAndAncestors', () => {
  it('lists the path, then each enclosing field, most specific first', () => {
    expect(pathAndAncestors('streamDesign.streams[0].approval.gate')).toEqual([
      'streamDesign.streams[0].approval.gate',
      'streamDesign.streams[0].approval',
      'streamDesign.streams[0]',
      'streamDesign.streams',
      'streamDesign',
    ]);
    expect(pathAndAncestors('packagedPlan.deliveries[1].items[5]')).toEqual([
      'packagedPlan.deliveries[1].items[5]',
      'packagedPlan.deliveries[1].items',
      'packagedPlan.deliveries[1]',
      'packagedPlan.deliveries',
      'packagedPlan',
    ]);
    expect(pathAndAncestors('')).toEqual([]);
  });
});
