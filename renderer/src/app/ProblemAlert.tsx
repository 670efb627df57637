import { Alert, List, Stack } from '@mantine/core';
import { describeProblem, type Problem } from '../../../core/plan/problems';
import type { IpcError } from '../../../core/contract/ipc/contract';
import { StaleTraceRepair } from '../ui/StaleTraceRepair';

const SHOWN_PROBLEMS = 5;

/** A problem of the open plan's traces (a refused save), not of a file that failed to open. */
function isTraceProblem(problem: { path: string }): boolean {
  return /^streamDesign\.streams\[\d+\]\.sourceItemIds\[/.test(problem.path);
}

/** A problem of the whole file reads as a sentence about it: "The file is not valid JSON…". */
function sentenceOf(problem: Problem): string {
  const text = describeProblem(problem);
  const whole = problem.path === '' && problem.place === undefined;
  return whole && /^[a-z]/.test(text) ? `The file ${text}` : text;
}

/**
 * A failed action in a sentence, with the first problems the validator found, and the repair
 * when a save was refused for traces to items the plan no longer has.
 */
export function ProblemAlert({ error, onClose }: { error: IpcError; onClose: () => void }) {
  const problems = error.problems ?? [];
  const repairable = problems.some(isTraceProblem);
  return (
    <Alert
      color="red"
      title={error.message}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      role="alert"
    >
      {problems.length > 0 ? (
        <Stack gap="xs" align="flex-start">
          <List size="sm">
            {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
              <List.Item key={`${problem.path}:${problem.message}`}>
                {sentenceOf(problem)}
              </List.Item>
            ))}
            {problems.length > SHOWN_PROBLEMS ? (
              <List.Item>…and {problems.length - SHOWN_PROBLEMS} more</List.Item>
            ) : null}
          </List>
          {repairable ? <StaleTraceRepair onRepaired={onClose} /> : null}
        </Stack>
      ) : (
        'Whatever was open is still open.'
      )}
    </Alert>
  );
}
