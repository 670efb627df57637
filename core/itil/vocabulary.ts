import { ITIL_ROLES, findItilRole, type RoleKind } from './roles';

/**
 * Which ITIL edition the UI speaks. ITIL v3 names processes and functions (Change Management,
 * Release and Deployment Management); ITIL 4 names practices (change enablement, release
 * management + deployment management). The plan file always stores role ids, never names.
 */
export type Vocabulary = 'itil3' | 'itil4';

export const VOCABULARIES: readonly Vocabulary[] = ['itil3', 'itil4'];

export const VOCABULARY_LABELS: Readonly<Record<Vocabulary, string>> = {
  itil3: 'ITIL v3',
  itil4: 'ITIL 4',
};

export interface RoleLabel {
  id: string;
  /** What a table cell or a pill shows. */
  short: string;
  /** What a tooltip or an aria-label says. */
  full: string;
  /** `custom` for the plan's own roles; `unknown` for an id nobody defines. */
  kind: RoleKind | 'custom' | 'unknown';
}

/**
 * Short forms of the ITIL 4 practices whose name differs from the v3 process (itil.md). ITIL 4
 * publishes no abbreviations, so these follow the practice names; a role not listed keeps its
 * v3 abbreviation because its name did not change either.
 */
const ITIL4_SHORT = new Map<string, string>([
  ['change', 'ChE'],
  ['sacm', 'SCM/ITAM'],
  ['release-deployment', 'RM/DM'],
  ['validation-testing', 'SV&T'],
  ['knowledge', 'KM'],
  ['csi', 'CI'],
]);

export interface RoleLike {
  id: string;
}

export interface CustomRoleLike {
  id: string;
  abbreviation: string;
  name: string;
}

/**
 * How the UI names a role in the chosen vocabulary. ITIL ids win over a plan's own role with
 * the same id (validation and readiness recognise them the same way); an id nobody defines is
 * shown as itself so the user can see what the file says and fix it.
 */
export function roleLabel(
  role: string | RoleLike,
  vocabulary: Vocabulary,
  customRoles: readonly CustomRoleLike[] = [],
): RoleLabel {
  const id = typeof role === 'string' ? role : role.id;
  const itil = findItilRole(id);
  if (itil) {
    if (vocabulary === 'itil4' && itil.itil4Name !== undefined) {
      return {
        id,
        short: ITIL4_SHORT.get(id) ?? itil.abbreviation,
        full: itil.itil4Name,
        kind: itil.kind,
      };
    }
    return { id, short: itil.abbreviation, full: itil.name, kind: itil.kind };
  }
  const custom = customRoles.find((candidate) => candidate.id === id);
  if (custom) return { id, short: custom.abbreviation, full: custom.name, kind: 'custom' };
  return { id, short: id, full: `Unknown role "${id}"`, kind: 'unknown' };
}

/**
 * Every role a plan can pick from, ITIL's first in catalogue order (processes, functions,
 * roles), then the plan's own.
 */
export function roleCatalogue(
  vocabulary: Vocabulary,
  customRoles: readonly CustomRoleLike[] = [],
): RoleLabel[] {
  const itil = ITIL_ROLES.map((role) => roleLabel(role.id, vocabulary));
  const own = customRoles
    .filter((role) => findItilRole(role.id) === undefined)
    .map((role) => roleLabel(role.id, vocabulary, customRoles));
  return [...itil, ...own];
}

/** ITIL v3 name → ITIL 4 name, for the names that changed. */
const RENAMES = new Map(
  ITIL_ROLES.flatMap((role) =>
    role.itil4Name !== undefined && role.itil4Name !== role.name
      ? [[role.name, role.itil4Name] as const]
      : [],
  ),
);

/** One alternation, longest name first, so no name is rewritten inside a longer one. */
const V3_NAMES = new RegExp(
  `\\b(${[...RENAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'g',
);

/**
 * Rewrites the ITIL v3 process names inside a sentence the app wrote (a readiness finding) into
 * the chosen vocabulary. Text between double quotes is the user's (a stream or item title) and
 * is left exactly as written.
 */
export function speakVocabulary(sentence: string, vocabulary: Vocabulary): string {
  if (vocabulary === 'itil3') return sentence;
  const quoted = quotedRanges(sentence);
  return sentence.replace(V3_NAMES, (name: string, _group: string, offset: number) => {
    if (quoted.some(([from, to]) => offset > from && offset < to)) return name;
    const renamed = RENAMES.get(name) ?? name;
    return startsSentence(sentence, offset) ? renamed : lowerFirst(renamed);
  });
}

/** [open quote, close quote] index pairs; an unpaired quote runs to the end. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      ranges.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

/** ITIL 4 writes practice names in lower case inside a sentence. */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.!?:]$/.test(before);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
