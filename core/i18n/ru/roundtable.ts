import type { ROUNDTABLE_EN } from '../en/roundtable';
import type { Translation } from '../translation';

/** Russian texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_RU: Translation<typeof ROUNDTABLE_EN> = {
  'roundtable.field.invalidShortId':
    'Используйте от 1 до 32 строчных латинских букв, цифр и дефисов, начиная с буквы или цифры.',
  'roundtable.field.numberTooSmall': 'Используйте число не меньше {min}.',
  'roundtable.field.numberTooLarge': 'Используйте число не больше {max}.',
  'roundtable.field.unknownThematicArea':
    'В мероприятии нет тематической области с идентификатором «{id}».',
  'roundtable.field.unknownRegion': 'В мероприятии нет региона с идентификатором «{id}».',
  'roundtable.field.matchmakingOnly':
    'Временные интервалы и столы есть только у сессии подбора партнёров.',
  'roundtable.field.slotOutsideSession':
    'Интервал должен находиться в пределах сессии (с {start} до {end}).',
  'roundtable.field.slotsOverlap': 'Этот интервал пересекается с интервалом «{id}».',
  'roundtable.field.duplicateChoice': 'Вариант «{id}» указан дважды.',
  'roundtable.field.unknownState':
    'Выберите государство-член или государство-наблюдатель Организации Объединённых Наций.',
  'roundtable.field.invalidDate': 'Недопустимая дата.',

  'roundtable.programme.current': 'Сейчас: {title}, до {end}.',
  'roundtable.programme.next': 'Далее: {title}, в {start}.',
  'roundtable.programme.nothingLeft': 'Программа завершена.',
  'roundtable.programme.badZone':
    '«{zone}» — неизвестный этой службе часовой пояс. Используйте название IANA, например Europe/Zurich.',
  'roundtable.api.unknownEvent': 'Нет мероприятия с таким идентификатором.',
  'roundtable.api.notRoundtable': 'Это мероприятие не является очным круглым столом.',
  'roundtable.api.chairOnly':
    'Просматривать и экспортировать эти списки может только команда Председателя.',
  'roundtable.api.notRegistered': 'Вы не зарегистрированы на этот круглый стол.',
  'roundtable.api.badAnswer': 'Ответьте "accept" или "decline".',

  'roundtable.level.minister': 'Министр',
  'roundtable.level.deputyMinister': 'Заместитель министра',
  'roundtable.level.ambassador': 'Посол',
  'roundtable.level.other': 'Другое',
  'roundtable.invitation.status.noAnswer': 'Ответа пока нет',
  'roundtable.invitation.status.accepted': 'Принято',
  'roundtable.invitation.status.declined': 'Отклонено',
  'roundtable.invitation.stale':
    'Тем временем это приглашение изменил кто-то другой; перезагрузите его и повторите попытку.',
  'roundtable.invitation.alreadyAccepted':
    'Приглашение уже принято; вместо этого смените главу делегации.',
  'roundtable.invitation.alreadyDeclined': 'Приглашение уже отклонено.',
  'roundtable.invitation.notAccepted': 'Приглашение не принято.',
  'roundtable.invitation.noAnswerYet': 'Нет ответа, который можно было бы удалить.',
  'roundtable.invitation.remarksAlreadyRequested':
    'Краткое вступительное слово уже запрошено; первая просьба сохраняет своё место.',
  'roundtable.invitation.remarksNotRequested': 'Вступительное слово не запрашивалось.',

  'roundtable.matchmaking.status.proposed': 'Предложено',
  'roundtable.matchmaking.status.acceptedByProvider': 'Принято поставщиком',
  'roundtable.matchmaking.status.acceptedByState': 'Принято государством',
  'roundtable.matchmaking.status.matched': 'Партнёры подобраны',
  'roundtable.matchmaking.status.declined': 'Отклонено',
  'roundtable.matchmaking.alreadyAccepted': 'Вы уже приняли эту встречу.',
  'roundtable.matchmaking.alreadyDeclined': 'Эта встреча была отклонена.',
  'roundtable.matchmaking.unplaced.noSlots':
    'У сессии подбора партнёров нет временных интервалов или столов.',
  'roundtable.matchmaking.unplaced.partiesBusy':
    'В каждом интервале у одной из сторон уже есть другая встреча.',
  'roundtable.matchmaking.unplaced.tablesFull':
    'Все столы заняты в те интервалы, когда обе стороны свободны.',

  'roundtable.breakout.unknownGroup': 'Нет группы обсуждения «{id}».',
  'roundtable.breakout.unknownParticipant':
    'Этого участника нет в плане распределения по группам обсуждения.',
  'roundtable.breakout.alreadyInGroup': 'Участник уже входит в эту группу.',
  'roundtable.breakout.groupFull':
    'Группа заполнена (мест: {capacity}); подтвердите, чтобы всё же включить в неё участника.',
  'roundtable.breakout.overflow':
    'Участников без места: {count}; всего мест в группах: {capacity}. Добавьте места или распределите участников вручную.',
};
