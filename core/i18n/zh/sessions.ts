import type { SESSIONS_EN } from '../en/sessions';
import type { Translation } from '../translation';

/** sessions texts in zh; the type demands every English key. */
export const SESSIONS_ZH: Translation<typeof SESSIONS_EN> = {
  'queue.error.unknownSession':
    '本活动没有带发言名单的会议“{session}”。未作任何更改。本活动的会议有：{sessions}。',
  'queue.error.sessionMissing': '请指明要显示的会议（sessionId）。未作任何更改。',
  'tab.session.label': '会议',
  'tab.session.hintChair': '选择会议后，其发言名单也会显示在共享舞台上。',
  'tab.session.hintAttendee': '您所选会议的发言名单。',
  'tab.session.groupOption': '{session}：{group}',
  'tab.session.chooseFailed': '无法切换会议，请重试。',
};
