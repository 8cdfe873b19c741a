import type { OUTBOX_EN } from '../en/outbox';
import type { Translation } from '../translation';

/** Chinese texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_ZH: Translation<typeof OUTBOX_EN> = {
  'outbox.status.confirmed': '您对“{title}”的报名 {reference} 已确认。入会信息将另行发送。',
  'outbox.status.waitlisted':
    '您对“{title}”的报名 {reference} 已列入候补名单。如有名额空出，我们将与您联系。',
  'outbox.status.declined': '很遗憾，您对“{title}”的报名 {reference} 未能获得接受。',
  'outbox.status.pending': '您对“{title}”的报名 {reference} 正在重新审核。',
  'outbox.status.withdrawn': '您对“{title}”的报名 {reference} 已撤回。',
  'outbox.login.heading': '您的入会信息',
  'outbox.login.intro': '“{title}”：请在开始前几分钟通过下方链接入会。',
  'outbox.login.when': '时间',
  'outbox.login.yourTime': '您的当地时间：{time}',
  'outbox.login.joinLink': '入会链接',
  'outbox.login.reference': '您的编号',
  'outbox.login.guidingQuestions': '指导性问题',
  'outbox.login.speaking': '发言安排',
  'outbox.login.speakingYes':
    '您已申请发言。每次发言限时 {minutes} 分钟；主席按发言名单顺序请各位发言。',
  'outbox.login.speakingGroup':
    '您已申请代表“{group}”发言。每次发言限时 {minutes} 分钟；主席按发言名单顺序请各位发言。',
  'outbox.login.speakingNo': '您报名的身份是旁听。如最终希望发言，请在会议期间申请列入发言名单。',
  'outbox.login.join': '加入会议',
  'outbox.login.calendar': '添加到日历 (.ics)',
  'outbox.reminder.text':
    '提醒：“{title}”将在 {when} 开始。入会链接：{joinUrl}（您的编号：{reference}）。',
  'outbox.reminder.inMinutes': '{minutes} 分钟后（{time}）',
  'outbox.reminder.inHours': '{hours} 小时后（{time}）',
  'outbox.calendar.description':
    '入会链接：{joinUrl}\n您的编号：{reference}\n\n指导性问题：\n{questions}',
  'outbox.calendar.invalid': '此日历链接无效或已过期。',
  'outbox.chair.usage':
    '请输入 "confirm REG-XXXX-XXXX"（确认）、"decline REG-XXXX-XXXX"（拒绝）、"waitlist REG-XXXX-XXXX"（列入候补）、"confirm all pending"（确认全部待定报名）、"capacity 40" 或 "capacity none"（名额）、"delivery"（查看已发送的消息），以及 "attendance"（会后查看出席情况报告）。',
  'outbox.chair.notFound': '没有编号为 {reference} 的报名。',
  'outbox.chair.whichEvent': '可能涉及多个活动。请在末尾加上活动标识：{events}。',
  'outbox.chair.noEvent': '没有可适用此操作的活动。',
  'outbox.chair.result':
    '“{title}”：已确认 {confirmed} 个，列入候补 {waitlisted} 个，未获接受 {declined} 个，未变 {unchanged} 个。{capacity}。消息正在发送。',
  'outbox.chair.capacity': '名额 {capacity}，目前已确认 {confirmed} 个',
  'outbox.chair.noCapacity': '未设名额，目前已确认 {confirmed} 个',
  'outbox.chair.capacitySet': '“{title}”：{capacity}。',
  'outbox.chair.conflict': '有 {count} 个报名在此期间发生变动，已保持原样；请重试。',
  'outbox.chair.meetingFailed': '无法创建会议，因此未确认任何人。{reason}',
  'outbox.chair.delivery':
    '“{title}”：已发送 {sent} 条，等待中 {pending} 条，失败 {failed} 条，不再需要 {cancelled} 条。',
  'outbox.chair.failedRow': '{reference}（{kind}）：{reason}',
  'outbox.api.unknownEvent': '本应用中没有此活动。',
  'outbox.api.chairOnly': '只有主席团队可以管理报名及相关消息。',
  'outbox.api.badDecision': '决定必须是 "confirm"、"decline" 或 "waitlist"。',
  'outbox.api.badIds': '请以报名标识列表指明报名，或以 "allPending" 指明全部待定报名。',
  'outbox.api.tooManyIds': '一次最多可对 {max} 个报名作出决定。',
  'outbox.api.unknownIds': '部分报名不属于此活动，因此未作任何更改：{ids}。',
  'outbox.api.badRetryIds': '请以消息标识列表指明要重发的消息。',
  'outbox.install.notConfigured':
    'Teams 不会与此人开启聊天，因为尚未为其安装本应用：请此人在 Teams 中打开一次机器人，或设置 TEAMS_APP_ID 和 GRAPH_* 设置，以便本应用自动为其安装。',
  'outbox.install.notReady': '已为此人安装本应用；Teams 尚未与其开启聊天。正在重试。',
  'outbox.install.notInCatalog':
    '本应用（TEAMS_APP_ID {teamsAppId}）不在租户应用目录中，因此无法为从未与机器人聊天的人安装：请将应用包上传到 Teams 管理中心。',
  'outbox.install.forbidden':
    'Graph 拒绝为此人安装本应用（{detail}）：请授予应用程序权限 TeamsAppInstallation.ReadWriteSelfForUser.All 和 AppCatalog.Read.All 并授予管理员同意，同时在 Teams 应用权限策略中允许本应用。',
  'outbox.install.userNotFound': 'Graph 在租户中找不到此人（{detail}）；此人可能已离开该组织。',
  'outbox.install.authentication':
    '本应用无法登录 Graph 以为此人安装（{detail}）：请检查 GRAPH_CLIENT_ID、GRAPH_TENANT_ID 以及密码或证书。',
  'outbox.install.throttled': 'Graph 正在限制应用安装（{detail}）；正在重试。',
  'outbox.install.unavailable': '为此人安装本应用时 Graph 不可用（{detail}）；正在重试。',
  'outbox.install.network': '无法连接 Graph 为此人安装本应用（{detail}）；正在重试。',
  'outbox.install.unexpected': '通过 Graph 为此人安装本应用失败（{detail}）。',
};
