import type { Section } from '../../state/ui-store';

/**
 * The section whose editor holds the field at a plan JSON path (a readiness finding's or a
 * validation problem's). Fields of the plan as a whole (title, service) are edited with the
 * strategy.
 */
export function sectionForPath(path: string): Section {
  const root = /^[^.[]*/.exec(path)?.[0] ?? '';
  switch (root) {
    case 'packagedPlan':
      return 'packaged';
    case 'streamDesign':
    case 'customRoles':
      return 'streams';
    case 'conversionRules':
      return 'review';
    default:
      return 'strategy';
  }
}

/**
 * `a.b[2].c` → [`a.b[2].c`, `a.b[2]`, `a.b`, `a`]: where to look for an editor field, most
 * specific first (a finding may point at a list entry the editor shows as one control).
 */
export function pathAndAncestors(path: string): string[] {
  const found: string[] = [];
  let current = path;
  while (current !== '') {
    found.push(current);
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
  return found;
}
