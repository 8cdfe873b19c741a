import type { ROUNDTABLE_BOT_EN } from '../en/roundtable-bot';
import type { Translation } from '../translation';

/** Chinese texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_ZH: Translation<typeof ROUNDTABLE_BOT_EN> = {
  'rt.help':
    "圆桌会议命令（请用英文输入）：programme、what's next、my matches、accept match ID、decline match ID、my schedule、breakout GROUP-IDS（按优先顺序）、my breakout。主席团队还可以输入：invitations、invite all、accept CODE LEVEL NAME, TITLE、decline CODE [理由]、remarks CODE、invitations export、opening remarks、opening remarks to queue、matchmaking propose、matchmaking schedule、breakouts、breakouts assign、breakout move REF-CODE GROUP [force]、breakouts export。",
  'rt.noEvent': '没有可处理的线下圆桌会议。',
  'rt.notRegistered': '您尚未报名参加圆桌会议。请输入 "register" 查看开放报名的活动。',
  'rt.chairOnly': '此命令仅限主席团队使用。',
  'rt.usage': '我没有理解这条圆桌会议命令。{usage}',
  'rt.stale': '其他人同时修改了此项内容；请重试。',

  'rt.programme.title': '议程：{title}',
  'rt.programme.zones': '时间按 {eventZone}（活动时区）和 {userZone}（您的时区）显示。',
  'rt.programme.line':
    '{date} {start}-{end}（您的当地时间 {userDate} {userStart}-{userEnd}）：{title}',
  'rt.programme.location': '地点：{location}',
  'rt.programme.moderators': '主持人：{people}',
  'rt.programme.speakers': '发言人：{people}',
  'rt.programme.tbc': '{name}（待确认）',
  'rt.programme.chooseEvent': '您报名了多个活动；以下是各活动的议程。',
  'rt.whatsNext.title': '接下来：{title}',
  'rt.whatsNext.eventTime': '活动时间（{zone}）：{time}',
  'rt.whatsNext.yourTime': '您的当地时间（{zone}）：{time}',

  'rt.invitations.title': '邀请：{title}',
  'rt.invitations.counts':
    '共邀请 {total} 个国家：{accepted} 个接受，{declined} 个谢绝，{noAnswer} 个未答复；{remarks} 个申请作开幕致辞。',
  'rt.invitations.levels':
    '按级别统计的接受情况：部长 {minister} 位，副部长 {deputyMinister} 位，大使 {ambassador} 位，其他 {other} 位。',
  'rt.invitations.byStatus': '{status}（{count}）：{states}',
  'rt.invitations.none': '尚无邀请。请输入 "invite all" 邀请所有会员国和观察员国。',
  'rt.invitations.invited': '已新建 {added} 份邀请；共邀请 {total} 个国家（会员国和观察员国）。',
  'rt.invitations.unknownState': '“{code}”不是联合国会员国或观察员国的 ISO 代码。未作任何更改。',
  'rt.invitations.notInvited': '尚未邀请 {state}；请先输入 "invite all"。',
  'rt.invitations.recorded': '{state}：{status}。',
  'rt.invitations.acceptedBy': '{state} 已接受：{name}，{title}（{level}）。',
  'rt.invitations.remarksRecorded':
    '{state}：已为 {name} 申请开幕致辞；在发言顺序中位列第 {position} 位。',
  'rt.invitations.badLevel':
    '请以 minister、deputy minister、ambassador 或 other 表示级别，例如 "accept SG minister Josephine Teo, Minister for Digital Development and Information"。',
  'rt.invitations.badAccept':
    '请输入 "accept CODE LEVEL NAME, TITLE"，例如 "accept SG minister Josephine Teo, Minister for Digital Development and Information"。',
  'rt.remarks.title': '开幕致辞顺序：{title}',
  'rt.remarks.line': '{position}. {state}：{name}，{title}（{level}）',
  'rt.remarks.none': '尚无代表团团长申请作开幕致辞。',
  'rt.remarks.queued': '已按礼宾顺序将 {added} 位发言者加入发言名单；{skipped} 位已在名单中。',

  'rt.participation.heading': '圆桌会议信息',
  'rt.participation.delegation': '所属代表团（国家代表团成员填写）',
  'rt.participation.delegationPlaceholder': '选择国家',
  'rt.participation.areas': '能力建设领域：您能提供的（提供方）或贵国所需的',
  'rt.participation.region': '您的提供或需求所涉区域',
  'rt.participation.regionPlaceholder': '选择区域',
  'rt.participation.breakout': '分组讨论，第 {rank} 志愿',
  'rt.participation.breakoutPlaceholder': '无偏好',
  'rt.participation.delegationRequired': '请选择您所属代表团的国家（该国须已获邀请）。',
  'rt.participation.delegationOnlyForStates': '只有会员国或观察员国代表团成员才需选择代表团。',
  'rt.participation.notInvited': '该国未获邀请参加圆桌会议。',
  'rt.participation.invalid': '部分圆桌会议信息无效：{details}',

  'rt.match.proposed':
    '共有 {count} 项对接建议（新增 {added} 项）。双方均可通过 "my matches" 查看。',
  'rt.match.noDeclarations': '没有建议：目前尚无提供方的提供与国家需求属于同一主题领域。',
  'rt.match.title': '为您提供的对接建议',
  'rt.match.told': '{count} 项新建议正在发送给相关人员，并附有“接受”和“谢绝”按钮。',
  'rt.match.line': '{id}：{provider} 与 {state}；共同领域：{areas}。状态：{status}。',
  'rt.match.none': '您没有对接建议。',
  'rt.match.accept': '接受 {id}',
  'rt.match.decline': '谢绝 {id}',
  'rt.match.unknown': '没有为您提供的对接建议“{id}”。',
  'rt.match.answered': '已就 {id} 记录：{status}。',
  'rt.match.scheduled': '已安排 {meetings} 场会谈；{unplaced} 对已对接方无法安排。',
  'rt.match.unplacedLine': '{id}：{reason}',
  'rt.schedule.title': '您的对接会谈',
  'rt.schedule.told': '{count} 份新的或变更的日程正在发送到相关人员的聊天中。',
  'rt.schedule.line':
    '活动时间 {start}-{end}（您的当地时间 {userStart}-{userEnd}），{table}：{provider} 与 {state}',
  'rt.schedule.none': '您尚无已安排的对接会谈。',

  'rt.breakout.saved': '您的分组讨论偏好已保存：{groups}。',
  'rt.breakout.assigned': '已将 {placed} 位与会者分入讨论组；{overflow} 位没有座位。',
  'rt.breakout.noPlan': '尚未分配讨论组。',
  'rt.breakout.groupLine': '{title}（{count}/{capacity}）：{people}',
  'rt.breakout.overflowLine': '没有座位：{people}',
  'rt.breakout.yours': '您的讨论组：{title}{location}。',
  'rt.breakout.notPlaced': '您尚未被分入讨论组。',
  'rt.breakout.moved': '{name}（{code}）现已调入{title}。',
  'rt.breakout.unknownCode': '圆桌会议的报名者中没有编号为 {code} 的人。',
  'rt.breakout.none': '此活动没有讨论组。',

  'rt.export.none': '目前没有可导出的内容。',
};
