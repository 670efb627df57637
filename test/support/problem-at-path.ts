import type { Problem } from '../../core/plan/problems';

/**
 * A problem as `path: message`: the tests of the validator check where it points by the JSON
 * path the editor's go-to uses; the words a person reads are tested in problem-place.test.ts.
 */
export function atPath(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
