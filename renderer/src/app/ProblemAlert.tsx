import { Alert, List } from '@mantine/core';
import { describeProblem } from '../../../core/plan/problems';
import type { IpcError } from '../../../core/contract/ipc/contract';

const SHOWN_PROBLEMS = 5;

/** A failed action in a sentence, with the first problems the validator found. */
export function ProblemAlert({ error, onClose }: { error: IpcError; onClose: () => void }) {
  const problems = error.problems ?? [];
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
        <List size="sm">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
            <List.Item key={`${problem.path}:${problem.message}`}>
              {describeProblem(problem)}
            </List.Item>
          ))}
          {problems.length > SHOWN_PROBLEMS ? (
            <List.Item>…and {problems.length - SHOWN_PROBLEMS} more</List.Item>
          ) : null}
        </List>
      ) : (
        'Whatever was open is still open.'
      )}
    </Alert>
  );
}
