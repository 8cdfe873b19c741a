import type { EVENT_EN } from '../en/event';
import type { Translation } from '../translation';

/** Chinese texts about event definitions: import errors and event descriptions. */
export const EVENT_ZH: Translation<typeof EVENT_EN> = {
  'event.import.invalidJson': '该文件不是有效的 JSON：{detail}',
  'event.import.fieldError': '{field}：{message}',
  'event.import.failed': '{file} 中的活动未导入；请更正以下字段：',
  'event.import.done': '已导入“{title}”（{id}）。',
  'event.import.usage': '用法：npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': '请使用 3 至 64 个小写字母、数字和连字符。',
  'event.field.invalidLocalTime':
    '请使用 YYYY-MM-DDTHH:mm 格式的当地时间，且该时间须在活动时区（{timeZone}）中存在。',
  'event.field.unknownTimeZone': '未知的 IANA 时区；请使用 America/New_York 之类的名称。',
  'event.field.endBeforeStart': '须晚于开始时间（{start}）。',
  'event.field.deadlineBeforeOpening': '须晚于报名开放时间（{opens}）。',
  'event.field.deadlineAfterStart': '不得晚于活动开始时间（{start}）。',
  'event.field.duplicateId': '标识“{id}”被使用了两次。',
  'event.kind.virtualDialogue': '线上对话',
  'event.kind.inPerson': '线下会议',
  'event.kind.hybrid': '线上线下混合会议',
};
