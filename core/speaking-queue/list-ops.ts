import type { Op } from './queue-op';
import { refuse } from './queue-result';
import { checkQuestion } from './queue-validation';

/** The chair opens the list of speakers to requests from attendees. */
export const openList: Op<'openList'> = (state) => {
  if (state.isOpen) return refuse('conflict', 'queue.error.listAlreadyOpen');
  return { ok: true, state: { ...state, isOpen: true }, detail: {} };
};

/** The chair closes the list; attendees can no longer ask, the chair can still add. */
export const closeList: Op<'closeList'> = (state) => {
  if (!state.isOpen) return refuse('conflict', 'queue.error.listAlreadyClosed');
  return { ok: true, state: { ...state, isOpen: false }, detail: {} };
};

/** The chair sets the guiding question under discussion, or none. */
export const setCurrentQuestion: Op<'setCurrentQuestion'> = (state, command) => {
  const questionId = checkQuestion(state, command.questionId ?? null);
  if (!questionId.ok) return questionId;
  const detail = { from: state.currentQuestionId, to: questionId.value };
  return { ok: true, state: { ...state, currentQuestionId: questionId.value }, detail };
};
