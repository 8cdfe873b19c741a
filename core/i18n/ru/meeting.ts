import type { MEETING_EN } from '../en/meeting';
import type { Translation } from '../translation';

/** Russian texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_RU: Translation<typeof MEETING_EN> = {
  'meeting.invitation.topic': 'Тема',
  'meeting.invitation.guidingQuestions': 'Руководящие вопросы',
  'meeting.invitation.joinHint':
    'Подключайтесь по ссылке Teams в этом приглашении. Пожалуйста, подключитесь за несколько минут до начала; вас допустят из зала ожидания.',
  'meeting.cancel.comment': 'Собрание «{title}» отменено командой Председателя.',
  'meeting.offline.label':
    'Локальное собрание (автономный режим: учётные данные Microsoft Graph не настроены, поэтому собрание и приглашение Teams не созданы).',
  'meeting.offline.created':
    'Автономный режим: создано локальное собрание {meetingId} для «{title}» по адресу {joinUrl}. Задайте GRAPH_CLIENT_ID, GRAPH_TENANT_ID, GRAPH_CLIENT_SECRET (или GRAPH_CLIENT_CERTIFICATE_PATH) и GRAPH_ORGANIZER, чтобы создавать настоящие собрания Teams.',
  'meeting.error.calendarPermission':
    'Microsoft Graph отказал в создании собрания (403). Решение: предоставьте приложению разрешение приложения Calendars.ReadWrite в Entra ID и дайте согласие администратора.',
  'meeting.error.mailboxAccessPolicy':
    'Microsoft Graph отказал в доступе к почтовому ящику организатора {organizer} (403, заблокировано политикой доступа приложений Exchange). Решение: добавьте организатора в группу с поддержкой почты, разрешённую политикой (New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy).',
  'meeting.error.teamsAccessPolicy':
    'Microsoft Graph отклонил онлайн-собрание (403, нет политики доступа приложений Teams). Решение: New-CsApplicationAccessPolicy с идентификатором приложения, затем Grant-CsApplicationAccessPolicy для организатора {organizer}.',
  'meeting.error.organizerNotFound':
    'Организатор собрания {organizer} не существует в клиенте (404). Решение: задайте в GRAPH_ORGANIZER имя участника-пользователя или идентификатор объекта лицензированного пользователя.',
  'meeting.error.organizerWithoutMailbox':
    'У организатора собрания {organizer} нет почтового ящика Exchange Online (404). Решение: назначьте этому пользователю лицензию Exchange Online или задайте в GRAPH_ORGANIZER пользователя, у которого она есть.',
  'meeting.error.attendeeWithoutMailbox':
    'Microsoft Graph отклонил адрес одного из участников (ни один почтовый ящик не может его принять). Решение: исправьте адрес электронной почты в этой регистрации и подтвердите её снова.',
  'meeting.error.tooManyAttendees':
    'В приглашении на собрание Teams может быть не более {max} участников. Решение: пригласите остальных через список рассылки или на второе заседание.',
  'meeting.error.authentication':
    'Приложению не удалось войти в Microsoft Entra ID. Решение: проверьте GRAPH_TENANT_ID, GRAPH_CLIENT_ID и секрет или сертификат клиента (обычная причина — истёкший секрет).',
  'meeting.error.throttled':
    'Microsoft Graph ограничивает запросы, и повторные попытки не удались. Решение: ничего менять не нужно; повторите попытку через несколько минут.',
  'meeting.error.unavailable':
    'Microsoft Graph недоступен ({status}). Решение: ничего менять не нужно; повторите попытку через несколько минут.',
  'meeting.error.network':
    'Не удалось подключиться к Microsoft Graph (ошибка сети). Решение: проверьте исходящее подключение (прокси, брандмауэр, DNS) к graph.microsoft.com и login.microsoftonline.com, а также GRAPH_BASE_URL и GRAPH_AUTHORITY_HOST, если вы их меняли.',
  'meeting.error.invalidRequest':
    'Microsoft Graph отклонил запрос как недопустимый ({detail}). Решение: это дефект приложения; сообщите о нём, приложив запись журнала.',
  'meeting.error.meetingNotFound':
    'Собрания Teams больше нет в календаре организатора (404). Решение: создайте собрание заново.',
  'meeting.error.unexpected':
    'Microsoft Graph неожиданно ответил {status}. Решение: найдите код ошибки Graph в записи журнала.',
};
