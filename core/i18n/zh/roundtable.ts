import type { ROUNDTABLE_EN } from '../en/roundtable';
import type { Translation } from '../translation';

/** Chinese texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_ZH: Translation<typeof ROUNDTABLE_EN> = {
  'roundtable.field.invalidShortId':
    '请使用 1 至 32 个小写字母、数字和连字符，并以字母或数字开头。',
  'roundtable.field.numberTooSmall': '请使用不小于 {min} 的数字。',
  'roundtable.field.numberTooLarge': '请使用不大于 {max} 的数字。',
  'roundtable.field.unknownThematicArea': '此活动没有标识为“{id}”的主题领域。',
  'roundtable.field.unknownRegion': '此活动没有标识为“{id}”的区域。',
  'roundtable.field.matchmakingOnly': '只有对接会议才设有时段和桌位。',
  'roundtable.field.slotOutsideSession': '时段必须在会议时间之内（{start} 至 {end}）。',
  'roundtable.field.slotsOverlap': '此时段与时段“{id}”重叠。',
  'roundtable.field.duplicateChoice': '选项“{id}”重复出现。',
  'roundtable.field.unknownState': '请选择联合国会员国或观察员国。',
  'roundtable.field.invalidDate': '此日期无效。',

  'roundtable.programme.current': '当前：{title}，至 {end}。',
  'roundtable.programme.next': '下一项：{title}，{start} 开始。',
  'roundtable.programme.nothingLeft': '议程已全部结束。',
  'roundtable.programme.badZone':
    '“{zone}”不是本服务认识的时区。请使用 Europe/Zurich 之类的 IANA 名称。',
  'roundtable.api.unknownEvent': '没有此标识的活动。',
  'roundtable.api.notRoundtable': '此活动不是线下圆桌会议。',
  'roundtable.api.chairOnly': '只有主席团队可以查看和导出这些名单。',
  'roundtable.api.notRegistered': '您尚未报名参加此圆桌会议。',
  'roundtable.api.badAnswer': '请回答 "accept" 或 "decline"。',

  'roundtable.level.minister': '部长',
  'roundtable.level.deputyMinister': '副部长',
  'roundtable.level.ambassador': '大使',
  'roundtable.level.other': '其他',
  'roundtable.invitation.status.noAnswer': '尚未答复',
  'roundtable.invitation.status.accepted': '已接受',
  'roundtable.invitation.status.declined': '已谢绝',
  'roundtable.invitation.stale': '此邀请已在此期间被他人修改；请重新加载后重试。',
  'roundtable.invitation.alreadyAccepted': '该邀请已被接受；请改为更换代表团团长。',
  'roundtable.invitation.alreadyDeclined': '该邀请已被谢绝。',
  'roundtable.invitation.notAccepted': '该邀请尚未被接受。',
  'roundtable.invitation.noAnswerYet': '没有可清除的答复。',
  'roundtable.invitation.remarksAlreadyRequested': '已申请简短开幕致辞；首次申请保留其顺序。',
  'roundtable.invitation.remarksNotRequested': '未申请开幕致辞。',

  'roundtable.matchmaking.status.proposed': '已建议',
  'roundtable.matchmaking.status.acceptedByProvider': '提供方已接受',
  'roundtable.matchmaking.status.acceptedByState': '国家已接受',
  'roundtable.matchmaking.status.matched': '已对接',
  'roundtable.matchmaking.status.declined': '已谢绝',
  'roundtable.matchmaking.alreadyAccepted': '您已接受此会谈。',
  'roundtable.matchmaking.alreadyDeclined': '此会谈已被谢绝。',
  'roundtable.matchmaking.unplaced.noSlots': '对接会议没有设置时段或桌位。',
  'roundtable.matchmaking.unplaced.partiesBusy': '在每个时段，总有一方已有其他会谈。',
  'roundtable.matchmaking.unplaced.tablesFull': '在双方都有空的时段，所有桌位均已被占用。',

  'roundtable.breakout.unknownGroup': '没有讨论组“{id}”。',
  'roundtable.breakout.unknownParticipant': '此与会者不在分组方案中。',
  'roundtable.breakout.alreadyInGroup': '此与会者已在该组中。',
  'roundtable.breakout.groupFull': '该组已满（{capacity} 个座位）；如仍要分入此与会者，请确认。',
  'roundtable.breakout.overflow':
    '{count} 位与会者没有座位：各组共有 {capacity} 个座位。请增加座位或手动分配。',
};
