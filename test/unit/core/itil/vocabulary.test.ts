import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITIL_ROLES } from '../../../../core/itil/roles';
import { roleCatalogue, roleLabel, speakVocabulary } from '../../../../core/itil/vocabulary';

const OWN_ROLES = [
  { id: 'security-office', abbreviation: 'SecOps', name: 'Security Operations Office' },
  { id: 'change', abbreviation: 'MyChange', name: 'Our own change board' },
];

describe('roleLabel', () => {
  it('names ITIL v3 processes by their abbreviation, spelled out in full', () => {
    expect(roleLabel('release-deployment', 'itil3')).toEqual({
      id: 'release-deployment',
      short: 'R&DM',
      full: 'Release and Deployment Management',
      kind: 'process',
    });
    expect(roleLabel({ id: 'technical-management' }, 'itil3')).toMatchObject({
      short: 'Tech Mgmt',
      full: 'Technical Management',
      kind: 'function',
    });
  });

  it('uses the ITIL 4 practice names itil.md lists', () => {
    const names = Object.fromEntries(
      ['change', 'release-deployment', 'sacm', 'validation-testing', 'knowledge', 'csi'].map(
        (id) => [id, roleLabel(id, 'itil4').full],
      ),
    );
    expect(names).toEqual({
      change: 'Change enablement',
      'release-deployment': 'Release management and deployment management',
      sacm: 'Service configuration management and IT asset management',
      'validation-testing': 'Service validation and testing',
      knowledge: 'Knowledge management',
      csi: 'Continual improvement',
    });
    expect(roleLabel('csi', 'itil4').short).toBe('CI');
    expect(roleLabel('change', 'itil4').short).toBe('ChE');
  });

  it('keeps a role whose name did not change in ITIL 4 as it was', () => {
    expect(roleLabel('service-level', 'itil4')).toEqual(roleLabel('service-level', 'itil3'));
    expect(roleLabel('service-owner', 'itil4').full).toBe('Service Owner');
  });

  it('names the plan’s own roles as the plan does, in either vocabulary, and ITIL ids win', () => {
    expect(roleLabel('security-office', 'itil4', OWN_ROLES)).toEqual({
      id: 'security-office',
      short: 'SecOps',
      full: 'Security Operations Office',
      kind: 'custom',
    });
    expect(roleLabel('change', 'itil3', OWN_ROLES).full).toBe('Change Management');
  });

  it('shows an id nobody defines as itself and says it is unknown', () => {
    expect(roleLabel('constructor', 'itil3')).toEqual({
      id: 'constructor',
      short: 'constructor',
      full: 'Unknown role "constructor"',
      kind: 'unknown',
    });
  });

  it('gives every ITIL role a distinct short label in each vocabulary', () => {
    for (const vocabulary of ['itil3', 'itil4'] as const) {
      const shorts = ITIL_ROLES.map((role) => roleLabel(role.id, vocabulary).short);
      expect(new Set(shorts).size).toBe(ITIL_ROLES.length);
    }
  });
});

describe('roleCatalogue', () => {
  it('lists every ITIL role, then the plan’s own roles that are not ITIL ids', () => {
    const catalogue = roleCatalogue('itil3', OWN_ROLES);
    expect(catalogue.map((role) => role.id)).toEqual([
      ...ITIL_ROLES.map((role) => role.id),
      'security-office',
    ]);
  });
});

describe('speakVocabulary', () => {
  it('rewrites the v3 process names in a finding into ITIL 4, in lower case mid-sentence', () => {
    expect(
      speakVocabulary(
        'No stream is owned by Release and Deployment Management, yet the plan has deliverables to release.',
        'itil4',
      ),
    ).toBe(
      'No stream is owned by release management and deployment management, yet the plan has deliverables to release.',
    );
    expect(speakVocabulary('Change Management stays the broker.', 'itil4')).toBe(
      'Change enablement stays the broker.',
    );
  });

  it('leaves titles between quotes exactly as the user wrote them', () => {
    const finding =
      'Stream "ELS & Continual Service Improvement" is pre-authorised through "gate" but Service Validation and Testing is not among its roles.';
    expect(speakVocabulary(finding, 'itil4')).toBe(
      'Stream "ELS & Continual Service Improvement" is pre-authorised through "gate" but service validation and testing is not among its roles.',
    );
  });

  it('changes nothing in ITIL v3', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(speakVocabulary(text, 'itil3')).toBe(text);
      }),
    );
  });

  it('never touches text inside quotes, whatever the sentence', () => {
    const quotedName = fc.constantFrom(
      ...ITIL_ROLES.map((role) => role.name),
      'anything',
      'Change Management and more',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a ', ' ', '. ', 'Change Management ') }),
        quotedName,
        fc.string({ unit: fc.constantFrom('b', ' ', ':') }),
        (before, title, after) => {
          const spoken = speakVocabulary(`${before}"${title}"${after}`, 'itil4');
          const [outside = '', inside] = spoken.split('"');
          expect(inside).toBe(title);
          expect(outside).not.toContain('Change Management');
        },
      ),
    );
  });
});
