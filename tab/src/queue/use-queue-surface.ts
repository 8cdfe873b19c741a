import type { CommandInput } from '../api/api-client';
import { useCommandRunner } from './use-command-runner';
import type { CommandOutcome, QueueModel } from './use-queue';

/**
 * What every surface that runs the queue (side panel, organizer page) reads from the model:
 * the command runner and its last refusal, whether the viewer chairs, the questions, the queue.
 */
export function useQueueSurface(
  model: QueueModel,
  send: (input: CommandInput) => Promise<CommandOutcome>,
) {
  const { run, message } = useCommandRunner(send);
  return {
    run,
    message,
    chair: model.info.role === 'chair',
    questions: model.info.event.guidingQuestions,
    queue: model.queue,
  };
}
