import type { TAB_ROUNDTABLE_EN } from '../en/tab-roundtable';
import type { Translation } from '../translation';

/** Russian texts of the tab's roundtable pages: the programme, one's own schedule, the chair's lists. */
export const TAB_ROUNDTABLE_RU: Translation<typeof TAB_ROUNDTABLE_EN> = {
  'tab.programme.heading': 'Программа',
  'tab.programme.zones':
    'Время указано в часовом поясе мероприятия ({eventZone}) и в вашем ({viewerZone}).',
  'tab.programme.eventTime': 'Время мероприятия ({zone})',
  'tab.programme.yourTime': 'Ваше время ({zone})',
  'tab.programme.span': '{date}, {start}–{end}',
  'tab.programme.where': 'Место',
  'tab.programme.moderators': 'Модераторы',
  'tab.programme.speakers': 'Выступающие',
  'tab.programme.tbc': '{name} (требует подтверждения)',
  'tab.programme.now': 'Сейчас',
  'tab.programme.next': 'Далее',
  'tab.programme.nothingLeft': 'Программа завершена.',
  'tab.programme.none': 'У этого мероприятия пока нет программы.',
  'tab.programme.loadFailed': 'Не удалось загрузить программу. Пожалуйста, перезагрузите вкладку.',

  'tab.mySchedule.heading': 'Моё расписание',
  'tab.mySchedule.notRegistered':
    'После регистрации на этот круглый стол здесь появятся ваши встречи по подбору партнёров и ваша группа обсуждения. Чтобы зарегистрироваться, откройте личный чат с ботом и введите "register".',
  'tab.mySchedule.meetings': 'Встречи по подбору партнёров',
  'tab.mySchedule.noMeetings': 'У вас пока нет запланированных встреч по подбору партнёров.',
  'tab.mySchedule.meetingWith': '{table}: {counterpart}',
  'tab.mySchedule.proposals': 'Предложения о подборе партнёров',
  'tab.mySchedule.noProposals': 'Для вас нет открытых предложений о подборе партнёров.',
  'tab.mySchedule.proposal': '{counterpart}. Общие области: {areas}.',
  'tab.mySchedule.accept': 'Принять',
  'tab.mySchedule.decline': 'Отклонить',
  'tab.mySchedule.acceptLabel': 'Принять встречу: {counterpart}',
  'tab.mySchedule.declineLabel': 'Отклонить встречу: {counterpart}',
  'tab.mySchedule.answerFailed': 'Не удалось записать ваш ответ. Пожалуйста, повторите попытку.',
  'tab.mySchedule.breakout': 'Группа обсуждения',
  'tab.mySchedule.noBreakout': 'У вас пока нет группы обсуждения.',
  'tab.match.status.proposed': 'Предложено',
  'tab.match.status.acceptedByProvider': 'Принято поставщиком',
  'tab.match.status.acceptedByState': 'Принято государством',
  'tab.match.status.matched': 'Партнёры подобраны',
  'tab.match.status.declined': 'Отклонено',

  'tab.invitations.heading': 'Приглашения',
  'tab.invitations.summary':
    'Приглашено государств: {total}; приняли: {accepted}; отклонили: {declined}; без ответа: {noAnswer}. Просьб о вступительном слове: {remarks}.',
  'tab.invitations.caption':
    'Приглашения государствам-членам и государствам-наблюдателям: показано {shown} из {total}',
  'tab.invitations.filter': 'Показать',
  'tab.invitations.filterAll': 'Все приглашения',
  'tab.invitations.status.noAnswer': 'Ответа пока нет',
  'tab.invitations.status.accepted': 'Принято',
  'tab.invitations.status.declined': 'Отклонено',
  'tab.invitations.col.state': 'Государство',
  'tab.invitations.col.status': 'Статус',
  'tab.invitations.col.head': 'Глава делегации',
  'tab.invitations.col.level': 'Уровень',
  'tab.invitations.col.remarks': 'Вступительное слово',
  'tab.invitations.remarksRequested': 'Запрошено',
  'tab.invitations.remarksNone': 'Нет',
  'tab.invitations.none':
    'Ни одно государство ещё не приглашено. Чтобы пригласить все, введите "invite all" в личном чате с ботом.',
  'tab.level.minister': 'Министр',
  'tab.level.deputyMinister': 'Заместитель министра',
  'tab.level.ambassador': 'Посол',
  'tab.level.other': 'Другое',

  'tab.breakouts.heading': 'Группы обсуждения',
  'tab.breakouts.caption': '{title}: занято мест — {count} из {capacity}',
  'tab.breakouts.col.name': 'Имя',
  'tab.breakouts.col.organization': 'Организация',
  'tab.breakouts.col.reference': 'Номер',
  'tab.breakouts.empty': 'В этой группе никого нет.',
  'tab.breakouts.notAssigned':
    'Группы обсуждения ещё не распределены. Чтобы распределить их, введите "breakouts assign" в личном чате с ботом.',
  'tab.breakouts.overflow': 'Без места: {count}',

  'tab.export.csv': 'Экспорт в CSV',
  'tab.export.invitations': 'Экспорт приглашений в CSV',
  'tab.export.breakouts': 'Экспорт групп обсуждения в CSV',
  'tab.export.link': 'Скачать CSV-файл (ссылка действует один раз в течение 15 минут)',
  'tab.export.failed': 'Не удалось подготовить экспорт. Пожалуйста, повторите попытку.',
  'tab.roundtable.loadFailed':
    'Не удалось загрузить эти списки. Пожалуйста, перезагрузите вкладку.',
};
