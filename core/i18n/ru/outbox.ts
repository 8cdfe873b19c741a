import type { OUTBOX_EN } from '../en/outbox';
import type { Translation } from '../translation';

/** Russian texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_RU: Translation<typeof OUTBOX_EN> = {
  'outbox.status.confirmed':
    'Ваша регистрация {reference} на «{title}» подтверждена. Данные для подключения придут отдельным сообщением.',
  'outbox.status.waitlisted':
    'Ваша регистрация {reference} на «{title}» внесена в лист ожидания. Мы напишем вам, если освободится место.',
  'outbox.status.declined':
    'К сожалению, ваша регистрация {reference} на «{title}» не может быть принята.',
  'outbox.status.pending': 'Ваша регистрация {reference} на «{title}» рассматривается повторно.',
  'outbox.status.withdrawn': 'Ваша регистрация {reference} на «{title}» отозвана.',
  'outbox.login.heading': 'Данные для подключения',
  'outbox.login.intro': '«{title}»: подключайтесь по ссылке ниже за несколько минут до начала.',
  'outbox.login.when': 'Когда',
  'outbox.login.yourTime': 'По вашему времени: {time}',
  'outbox.login.joinLink': 'Ссылка для подключения',
  'outbox.login.reference': 'Ваш номер',
  'outbox.login.guidingQuestions': 'Руководящие вопросы',
  'outbox.login.speaking': 'Порядок выступлений',
  'outbox.login.speakingYes':
    'Вы просили слова. Продолжительность выступлений ограничена ({minutes} мин.); Председатель предоставляет слово в порядке очереди ораторов.',
  'outbox.login.speakingGroup':
    'Вы просили слова от имени «{group}». Продолжительность выступлений ограничена ({minutes} мин.); Председатель предоставляет слово в порядке очереди ораторов.',
  'outbox.login.speakingNo':
    'Вы зарегистрированы как слушатель. Если вы всё же захотите выступить, попросите включить вас в список ораторов во время заседания.',
  'outbox.login.join': 'Подключиться',
  'outbox.login.calendar': 'Добавить в календарь (.ics)',
  'outbox.reminder.text':
    'Напоминание: «{title}» начинается {when}. Подключение: {joinUrl} (ваш номер: {reference}).',
  'outbox.reminder.inMinutes': 'через {minutes} мин., в {time}',
  'outbox.reminder.inHours': 'через {hours} ч, в {time}',
  'outbox.calendar.description':
    'Подключение: {joinUrl}\nВаш номер: {reference}\n\nРуководящие вопросы:\n{questions}',
  'outbox.calendar.invalid': 'Эта ссылка на календарь неизвестна или истекла.',
  'outbox.chair.usage':
    'Введите "confirm REG-XXXX-XXXX" (подтвердить), "decline REG-XXXX-XXXX" (отклонить), "waitlist REG-XXXX-XXXX" (в лист ожидания), "confirm all pending" (подтвердить все ожидающие), "capacity 40" или "capacity none" (число мест), "delivery", чтобы увидеть, что отправлено, а также "attendance", чтобы получить отчёт о посещаемости после собрания.',
  'outbox.chair.notFound': 'Нет регистрации с номером {reference}.',
  'outbox.chair.whichEvent':
    'Возможно, имеется в виду одно из нескольких мероприятий. Добавьте в конце идентификатор мероприятия: {events}.',
  'outbox.chair.noEvent': 'Нет мероприятия, к которому это можно применить.',
  'outbox.chair.result':
    '«{title}»: подтверждено: {confirmed}; в листе ожидания: {waitlisted}; отклонено: {declined}; без изменений: {unchanged}. {capacity}. Сообщения отправляются.',
  'outbox.chair.capacity': 'Мест: {capacity}; подтверждено сейчас: {confirmed}',
  'outbox.chair.noCapacity': 'Число мест не задано; подтверждено сейчас: {confirmed}',
  'outbox.chair.capacitySet': '«{title}»: {capacity}.',
  'outbox.chair.conflict':
    'Регистраций, изменённых за это время и оставленных как есть: {count}; повторите попытку.',
  'outbox.chair.meetingFailed':
    'Не удалось создать собрание, поэтому никто не подтверждён. {reason}',
  'outbox.chair.delivery':
    '«{title}»: отправлено: {sent}; ожидают: {pending}; с ошибкой: {failed}; больше не нужны: {cancelled}.',
  'outbox.chair.failedRow': '{reference} ({kind}): {reason}',
  'outbox.api.unknownEvent': 'В этом приложении нет такого мероприятия.',
  'outbox.api.chairOnly':
    'Управлять регистрациями и связанными с ними сообщениями может только команда Председателя.',
  'outbox.api.badDecision': 'Решение должно быть "confirm", "decline" или "waitlist".',
  'outbox.api.badIds':
    'Укажите регистрации списком идентификаторов регистраций или значением "allPending" для всех ожидающих.',
  'outbox.api.tooManyIds': 'За один раз можно принять решение не более чем по {max} регистрациям.',
  'outbox.api.unknownIds':
    'Некоторые регистрации не относятся к этому мероприятию, поэтому ничего не изменено: {ids}.',
  'outbox.api.badRetryIds':
    'Укажите сообщения для повторной отправки списком идентификаторов сообщений.',
  'outbox.install.notConfigured':
    'Teams не откроет чат с этим человеком, так как приложение для него не установлено: попросите его один раз открыть бота в Teams или задайте TEAMS_APP_ID и параметры GRAPH_*, чтобы приложение устанавливалось для него само.',
  'outbox.install.notReady':
    'Приложение установлено для этого человека; Teams ещё не открыл с ним чат. Повторная попытка.',
  'outbox.install.notInCatalog':
    'Приложения (TEAMS_APP_ID {teamsAppId}) нет в каталоге приложений клиента, поэтому его нельзя установить для тех, кто ни разу не общался с ботом: загрузите пакет приложения в центр администрирования Teams.',
  'outbox.install.forbidden':
    'Graph отказал в установке приложения для этого человека ({detail}): предоставьте разрешения приложения TeamsAppInstallation.ReadWriteSelfForUser.All и AppCatalog.Read.All с согласием администратора и разрешите приложение в политике разрешений приложений Teams.',
  'outbox.install.userNotFound':
    'Graph не знает этого человека в клиенте ({detail}); возможно, он покинул организацию.',
  'outbox.install.authentication':
    'Приложению не удалось войти в Graph, чтобы установиться для этого человека ({detail}): проверьте GRAPH_CLIENT_ID, GRAPH_TENANT_ID и секрет или сертификат.',
  'outbox.install.throttled':
    'Graph ограничивает установку приложений ({detail}); повторная попытка.',
  'outbox.install.unavailable':
    'Graph был недоступен при установке приложения для этого человека ({detail}); повторная попытка.',
  'outbox.install.network':
    'Не удалось подключиться к Graph для установки приложения этому человеку ({detail}); повторная попытка.',
  'outbox.install.unexpected':
    'Не удалось установить приложение для этого человека через Graph ({detail}).',
};
