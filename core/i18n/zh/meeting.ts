import type { MEETING_EN } from '../en/meeting';
import type { Translation } from '../translation';

/** Chinese texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_ZH: Translation<typeof MEETING_EN> = {
  'meeting.invitation.topic': '主题',
  'meeting.invitation.guidingQuestions': '指导性问题',
  'meeting.invitation.joinHint':
    '请通过本邀请中的 Teams 链接入会。请提前几分钟入会；您将从会议大厅获准进入。',
  'meeting.cancel.comment': '主席团队已取消会议“{title}”。',
  'meeting.offline.label':
    '本地会议（离线模式：未配置 Microsoft Graph 凭据，因此未创建 Teams 会议或邀请）。',
  'meeting.offline.created':
    '离线模式：已为“{title}”创建本地会议 {meetingId}，地址为 {joinUrl}。如需创建真实的 Teams 会议，请设置 GRAPH_CLIENT_ID、GRAPH_TENANT_ID、GRAPH_CLIENT_SECRET（或 GRAPH_CLIENT_CERTIFICATE_PATH）和 GRAPH_ORGANIZER。',
  'meeting.error.calendarPermission':
    'Microsoft Graph 拒绝创建会议（403）。解决办法：在 Entra ID 中授予本应用 Calendars.ReadWrite 应用程序权限，并授予管理员同意。',
  'meeting.error.mailboxAccessPolicy':
    'Microsoft Graph 拒绝访问组织者邮箱 {organizer}（403，被 Exchange 应用程序访问策略阻止）。解决办法：将组织者添加到该策略所允许的启用邮件的组（New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy）。',
  'meeting.error.teamsAccessPolicy':
    'Microsoft Graph 拒绝了联机会议（403，没有 Teams 应用程序访问策略）。解决办法：使用应用 ID 执行 New-CsApplicationAccessPolicy，然后对组织者 {organizer} 执行 Grant-CsApplicationAccessPolicy。',
  'meeting.error.organizerNotFound':
    '会议组织者 {organizer} 在租户中不存在（404）。解决办法：将 GRAPH_ORGANIZER 设置为已获许可用户的用户主体名称或对象 ID。',
  'meeting.error.organizerWithoutMailbox':
    '会议组织者 {organizer} 没有 Exchange Online 邮箱（404）。解决办法：为该用户分配 Exchange Online 许可证，或将 GRAPH_ORGANIZER 设置为拥有该许可证的用户。',
  'meeting.error.attendeeWithoutMailbox':
    'Microsoft Graph 拒绝了某位与会者的地址（没有可接收该地址邮件的邮箱）。解决办法：更正该报名中的电子邮件，然后再次确认。',
  'meeting.error.tooManyAttendees':
    'Teams 会议邀请最多只能列出 {max} 位与会者。解决办法：通过通讯组列表或第二场会议邀请其他人。',
  'meeting.error.authentication':
    '本应用无法登录 Microsoft Entra ID。解决办法：检查 GRAPH_TENANT_ID、GRAPH_CLIENT_ID 以及客户端密码或证书（通常是密码过期所致）。',
  'meeting.error.throttled':
    'Microsoft Graph 正在限制请求，重试未成功。解决办法：无需更改任何设置；请几分钟后重试。',
  'meeting.error.unavailable':
    'Microsoft Graph 不可用（{status}）。解决办法：无需更改任何设置；请几分钟后重试。',
  'meeting.error.network':
    '无法连接 Microsoft Graph（网络错误）。解决办法：检查到 graph.microsoft.com 和 login.microsoftonline.com 的出站连接（代理、防火墙、DNS）；如更改过 GRAPH_BASE_URL 和 GRAPH_AUTHORITY_HOST，也请一并检查。',
  'meeting.error.invalidRequest':
    'Microsoft Graph 以请求无效为由拒绝了请求（{detail}）。解决办法：这是本应用的缺陷；请连同日志条目一并报告。',
  'meeting.error.meetingNotFound':
    '该 Teams 会议已不在组织者的日历中（404）。解决办法：重新创建会议。',
  'meeting.error.unexpected':
    'Microsoft Graph 意外返回了 {status}。解决办法：查看日志条目中的 Graph 错误代码。',
};
