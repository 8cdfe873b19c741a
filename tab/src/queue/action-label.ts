import type { QueueCommandType } from '../../../core/speaking-queue';
import type { T } from '../i18n/texts';

/** A chair action in words, for the undo button ("Undo: call next speaker"). */
export function actionLabel(t: T, action: string): string {
  switch (action as QueueCommandType) {
    case 'add':
      return t('tab.action.add');
    case 'remove':
      return t('tab.action.remove');
    case 'move':
      return t('tab.action.move');
    case 'setAllottedTime':
      return t('tab.action.setAllottedTime');
    case 'setEntryQuestion':
      return t('tab.action.setEntryQuestion');
    case 'callNext':
      return t('tab.action.callNext');
    case 'startTimer':
      return t('tab.action.startTimer');
    case 'pauseTimer':
      return t('tab.action.pauseTimer');
    case 'resumeTimer':
      return t('tab.action.resumeTimer');
    case 'finishTurn':
      return t('tab.action.finishTurn');
    case 'setCurrentQuestion':
      return t('tab.action.setCurrentQuestion');
    case 'openList':
      return t('tab.action.openList');
    case 'closeList':
      return t('tab.action.closeList');
    case 'requestFloor':
    case 'withdraw':
    case 'undo':
      return action;
  }
  return action;
}
