import type { ATTENDANCE_EN } from '../en/attendance';
import type { Translation } from '../translation';

/** Russian texts of lobby and presenter settings and of the attendance report. */
export const ATTENDANCE_RU: Translation<typeof ATTENDANCE_EN> = {
  'attendance.options.applied':
    'Параметры собрания Teams заданы: приглашённые заинтересованные стороны проходят без зала ожидания (в том числе по телефону), а выступающими являются только члены команды Председателя.',
  'attendance.options.refused':
    'Microsoft Graph отказал в настройке зала ожидания и выступающих собрания Teams (403). Собрание работает, но все ждут в зале ожидания и все могут выступать. Решение: предоставьте приложению разрешение приложения OnlineMeetings.ReadWrite.All (и OnlineMeetingArtifact.Read.All для данных о присутствии) с согласием администратора, затем выполните в Teams PowerShell New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> и Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}.',
  'attendance.options.failed':
    'Не удалось настроить зал ожидания и выступающих собрания Teams (см. журнал службы); собрание работает с параметрами клиента по умолчанию. Попросите команду Председателя повторить попытку позже.',
  'attendance.error.unknownEvent': 'Мероприятия с таким идентификатором нет. Ничего не изменено.',
  'attendance.error.noMeeting':
    'У этого мероприятия ещё нет собрания Teams (оно создаётся при первом подтверждении), поэтому данных о присутствии нет.',
  'attendance.error.noReport':
    'У Teams ещё нет отчёта о посещаемости этого собрания. Отчёты появляются через несколько минут после окончания собрания; повторите попытку позже.',
  'attendance.error.offline':
    'Локальное собрание (автономный режим): учётные данные Microsoft Graph не настроены, поэтому отчёта о посещаемости Teams нет. Задайте параметры GRAPH_, чтобы получать реальные данные о присутствии.',
  'attendance.error.refused':
    'Microsoft Graph отказал в чтении отчёта о посещаемости (403). Решение: предоставьте приложению разрешение приложения OnlineMeetingArtifact.Read.All с согласием администратора и распространите на организатора {organizer} политику доступа приложений Teams (New-CsApplicationAccessPolicy, затем Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}).',
  'attendance.error.failed': 'Не удалось прочитать отчёт о посещаемости. Причина: {reason}',
  'attendance.report.summary':
    'Присутствие: присутствовали зарегистрированные участники — {attended}, не присутствовали подтверждённые — {absent}, прочие участники — {unmatched}. Скачать CSV (однократно, ссылка действительна 15 минут): {url}',
  'attendance.report.row':
    '{name}: присутствовали — {attendees}, в собрании — {attended} мин, выступления — {spoken} мин',
  'attendance.report.groups': 'Группы и коалиции:',
};
