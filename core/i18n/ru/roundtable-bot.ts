import type { ROUNDTABLE_BOT_EN } from '../en/roundtable-bot';
import type { Translation } from '../translation';

/** Russian texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_RU: Translation<typeof ROUNDTABLE_BOT_EN> = {
  'rt.help':
    "Команды круглого стола (вводятся на английском языке): programme, what's next, my matches, accept match ID, decline match ID, my schedule, breakout GROUP-IDS (в порядке предпочтения), my breakout. Команда Председателя может также вводить: invitations, invite all, accept CODE LEVEL NAME, TITLE, decline CODE [причина], remarks CODE, invitations export, opening remarks, opening remarks to queue, matchmaking propose, matchmaking schedule, breakouts, breakouts assign, breakout move REF-CODE GROUP [force], breakouts export.",
  'rt.noEvent': 'Нет очного круглого стола, с которым можно работать.',
  'rt.notRegistered':
    'Вы не зарегистрированы на круглый стол. Введите "register", чтобы увидеть мероприятия с открытой регистрацией.',
  'rt.chairOnly': 'Эта команда доступна только команде Председателя.',
  'rt.usage': 'Я не понял эту команду круглого стола. {usage}',
  'rt.stale': 'В тот же момент это изменил кто-то другой; пожалуйста, повторите попытку.',

  'rt.programme.title': 'Программа: {title}',
  'rt.programme.zones': 'Время указано в поясе {eventZone} (мероприятие) и {userZone} (ваш).',
  'rt.programme.line':
    '{date} {start}-{end} ({userDate} {userStart}-{userEnd} по вашему времени): {title}',
  'rt.programme.location': 'Место: {location}',
  'rt.programme.moderators': 'Модераторы: {people}',
  'rt.programme.speakers': 'Выступающие: {people}',
  'rt.programme.tbc': '{name} (требует подтверждения)',
  'rt.programme.chooseEvent':
    'Вы зарегистрированы на несколько мероприятий; ниже приводится программа каждого из них.',
  'rt.whatsNext.title': 'Далее: {title}',
  'rt.whatsNext.eventTime': 'Время мероприятия ({zone}): {time}',
  'rt.whatsNext.yourTime': 'Ваше время ({zone}): {time}',

  'rt.invitations.title': 'Приглашения: {title}',
  'rt.invitations.counts':
    'Приглашено: {total}; приняли: {accepted}; отклонили: {declined}; без ответа: {noAnswer}; просьб о вступительном слове: {remarks}.',
  'rt.invitations.levels':
    'Принявшие по уровню: министры — {minister}, заместители министров — {deputyMinister}, послы — {ambassador}, другие — {other}.',
  'rt.invitations.byStatus': '{status} ({count}): {states}',
  'rt.invitations.none':
    'Приглашений пока нет. Введите "invite all", чтобы пригласить все государства-члены и государства-наблюдатели.',
  'rt.invitations.invited':
    'Создано новых приглашений: {added}; всего приглашено государств: {total} (государства-члены и государства-наблюдатели).',
  'rt.invitations.unknownState':
    '«{code}» не является кодом ISO государства — члена или государства-наблюдателя Организации Объединённых Наций. Ничего не изменено.',
  'rt.invitations.notInvited':
    '{state}: приглашение ещё не направлено; сначала введите "invite all".',
  'rt.invitations.recorded': '{state}: {status}.',
  'rt.invitations.acceptedBy': '{state}: приглашение принято — {name}, {title} ({level}).',
  'rt.invitations.remarksRecorded':
    '{state}: запрошено вступительное слово для {name}; место в очереди ораторов: {position}.',
  'rt.invitations.badLevel':
    'Укажите уровень: minister, deputy minister, ambassador или other, например "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.invitations.badAccept':
    'Введите "accept CODE LEVEL NAME, TITLE", например "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.remarks.title': 'Порядок вступительных слов: {title}',
  'rt.remarks.line': '{position}. {state}: {name}, {title} ({level})',
  'rt.remarks.none': 'Пока ни один глава делегации не попросил о вступительном слове.',
  'rt.remarks.queued':
    'Добавлено в список ораторов в порядке старшинства: {added}; уже были в нём: {skipped}.',

  'rt.participation.heading': 'Для круглого стола',
  'rt.participation.delegation': 'Делегация (для членов делегаций государств)',
  'rt.participation.delegationPlaceholder': 'Выберите государство',
  'rt.participation.areas':
    'Области наращивания потенциала: что вы предлагаете (поставщики) или что нужно вашему государству',
  'rt.participation.region': 'Регион вашего предложения или потребности',
  'rt.participation.regionPlaceholder': 'Выберите регион',
  'rt.participation.breakout': 'Группа обсуждения, выбор № {rank}',
  'rt.participation.breakoutPlaceholder': 'Без предпочтений',
  'rt.participation.delegationRequired':
    'Выберите государство, в делегацию которого вы входите (оно должно быть приглашено).',
  'rt.participation.delegationOnlyForStates':
    'Делегацию выбирают только члены делегаций государств-членов или государств-наблюдателей.',
  'rt.participation.notInvited': 'Это государство не приглашено на круглый стол.',
  'rt.participation.invalid': 'Некоторые данные для круглого стола недействительны: {details}',

  'rt.match.proposed':
    'Всего предложений: {count} (новых: {added}). Каждая сторона видит их по команде "my matches".',
  'rt.match.noDeclarations':
    'Предложений нет: пока ни одно предложение поставщика не совпадает по тематической области с потребностью какого-либо государства.',
  'rt.match.title': 'Предложения о подборе партнёров для вас',
  'rt.match.told':
    'Новые предложения ({count}) отправляются заинтересованным лицам с кнопками «Принять» и «Отклонить».',
  'rt.match.line': '{id}: {provider} и {state}; общие области: {areas}. Статус: {status}.',
  'rt.match.none': 'У вас нет предложений о подборе партнёров.',
  'rt.match.accept': 'Принять {id}',
  'rt.match.decline': 'Отклонить {id}',
  'rt.match.unknown': 'Для вас нет предложения о подборе партнёров «{id}».',
  'rt.match.answered': 'Записано для {id}: {status}.',
  'rt.match.scheduled':
    'Запланировано встреч: {meetings}; пар, для которых не нашлось времени: {unplaced}.',
  'rt.match.unplacedLine': '{id}: {reason}',
  'rt.schedule.title': 'Ваши встречи по подбору партнёров',
  'rt.schedule.told':
    'Новые или изменённые расписания ({count}) отправляются в чаты заинтересованных лиц.',
  'rt.schedule.line':
    '{start}-{end} по времени мероприятия ({userStart}-{userEnd} по вашему времени), {table}: {provider} и {state}',
  'rt.schedule.none': 'У вас пока нет запланированных встреч по подбору партнёров.',

  'rt.breakout.saved': 'Ваши предпочтения по группам обсуждения сохранены: {groups}.',
  'rt.breakout.assigned': 'Распределено по группам обсуждения: {placed}; без места: {overflow}.',
  'rt.breakout.noPlan': 'Группы обсуждения ещё не распределены.',
  'rt.breakout.groupLine': '{title} ({count}/{capacity}): {people}',
  'rt.breakout.overflowLine': 'Без места: {people}',
  'rt.breakout.yours': 'Ваша группа обсуждения: {title}{location}.',
  'rt.breakout.notPlaced': 'У вас пока нет группы обсуждения.',
  'rt.breakout.moved': '{name} ({code}) теперь в группе «{title}».',
  'rt.breakout.unknownCode':
    'Ни у одного зарегистрированного участника круглого стола нет кода {code}.',
  'rt.breakout.none': 'В этом мероприятии нет групп обсуждения.',

  'rt.export.none': 'Пока нечего экспортировать.',
};
