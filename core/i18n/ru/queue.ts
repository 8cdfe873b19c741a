import type { QUEUE_EN } from '../en/queue';
import type { Translation } from '../translation';

/** Russian texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_RU: Translation<typeof QUEUE_EN> = {
  'queue.error.staleVersion':
    'Список ораторов изменился, пока вы его просматривали (версия {version}, на вашем экране — версия {baseVersion}). Ничего не изменено; пожалуйста, просмотрите список ещё раз и повторите попытку.',
  'queue.error.unknownMeeting':
    'В этом приложении нет такого заседания. Проверьте параметры вкладки.',
  'queue.error.chairOnly': 'Это может сделать только Председатель.',
  'queue.error.notYourEntry':
    'Вы можете отозвать только собственную просьбу о предоставлении слова.',
  'queue.error.notRegistered': 'Просить слова могут только зарегистрированные участники.',
  'queue.error.unknownCommand': 'Это действие не распознано. Ничего не изменено.',
  'queue.error.listClosed': 'Список ораторов закрыт.',
  'queue.error.listAlreadyOpen': 'Список ораторов уже открыт.',
  'queue.error.listAlreadyClosed': 'Список ораторов уже закрыт.',
  'queue.error.listFull':
    'Список ораторов достиг предельного для этого заседания числа выступлений: {max}.',
  'queue.error.alreadyWaiting': '{name} уже ожидает очереди на выступление.',
  'queue.error.entryNotFound': 'Этой просьбы о предоставлении слова ({entryId}) больше нет.',
  'queue.error.notWaiting': '{name} больше не ожидает очереди на выступление.',
  'queue.error.notWaitingOrSpeaking': 'Выступление ({name}) уже завершено.',
  'queue.error.positionOutOfRange': 'Пожалуйста, выберите позицию от 1 до {max}.',
  'queue.error.nobodyWaiting': 'Никто не ожидает очереди на выступление.',
  'queue.error.nobodySpeaking': 'Сейчас никто не выступает.',
  'queue.error.timerAlreadyStarted': 'Таймер этого выступления уже запущен.',
  'queue.error.timerNotRunning': 'Таймер не запущен.',
  'queue.error.timerNotPaused': 'Таймер не приостановлен.',
  'queue.error.nothingToUndo': 'Нет действий Председателя, которые можно отменить.',
  'queue.error.undoConflict':
    'Последнее действие ({action}) нельзя отменить, так как список с тех пор изменился (выступление: {name}). Ничего не изменено.',
  'queue.error.undoWouldDuplicate':
    'Последнее действие ({action}) нельзя отменить: тогда {name} окажется в очереди дважды. Ничего не изменено.',
  'queue.error.nameRequired': 'Пожалуйста, введите имя оратора.',
  'queue.error.nameTooLong': 'Максимальная длина имени оратора — {max} симв.',
  'queue.error.organizationRequired': 'Пожалуйста, введите организацию оратора.',
  'queue.error.organizationTooLong': 'Максимальная длина названия организации — {max} симв.',
  'queue.error.registrationIdInvalid': 'Регистрация этого оратора недействительна.',
  'queue.error.onBehalfInvalid':
    'Пожалуйста, укажите, выступаете ли вы от имени своей организации или от имени группы или коалиции.',
  'queue.error.onBehalfNotRegistered':
    'Вы можете просить слова от имени своей организации или группы, от имени которой вы зарегистрировались, но не от имени «{group}». Группа Председателя может добавить выступление от имени другой группы.',
  'queue.error.groupNameRequired': 'Пожалуйста, укажите название группы или коалиции.',
  'queue.error.groupNameTooLong': 'Максимальная длина названия группы — {max} симв.',
  'queue.error.groupMembersRequired': 'Пожалуйста, перечислите организации — члены группы.',
  'queue.error.tooManyMembers': 'Можно указать не более {max} организаций-членов.',
  'queue.error.memberTooLong': 'Максимальная длина названия каждой организации-члена — {max} симв.',
  'queue.error.unknownQuestion':
    'Руководящий вопрос «{questionId}» не относится к этому мероприятию.',
  'queue.error.invalidKind':
    'Выступление может быть либо заявлением, либо осуществлением права на ответ.',
  'queue.error.allottedOutOfRange': 'Пожалуйста, выделите на выступление от {min} до {max} сек.',
};
