import type { ATTENDANCE_EN } from '../en/attendance';
import type { Translation } from '../translation';

/** Chinese texts of lobby and presenter settings and of the attendance report. */
export const ATTENDANCE_ZH: Translation<typeof ATTENDANCE_EN> = {
  'attendance.options.applied':
    '已设置 Teams 会议选项：受邀的利益攸关方无需在大厅等候（电话接入亦然），且只有主席团队为演示者。',
  'attendance.options.refused':
    'Microsoft Graph 拒绝设置 Teams 会议的大厅和演示者（403）。会议可以进行，但所有人都须在大厅等候，且人人都可演示。解决方法：请授予应用程序权限 OnlineMeetings.ReadWrite.All（出席情况另需 OnlineMeetingArtifact.Read.All）并授予管理员同意，然后在 Teams PowerShell 中运行 New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> 和 Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}。',
  'attendance.options.failed':
    '无法设置 Teams 会议的大厅和演示者（请查看服务日志）；会议将按租户默认设置进行。请主席团队稍后重试。',
  'attendance.error.unknownEvent': '没有该标识的活动。未作任何更改。',
  'attendance.error.noMeeting':
    '此活动尚无 Teams 会议（会议在首次确认时创建），因此没有可报告的出席情况。',
  'attendance.error.noReport':
    'Teams 尚无此会议的出席情况报告。报告在会议结束几分钟后生成；请稍后重试。',
  'attendance.error.offline':
    '本地会议（脱机模式）：未配置 Microsoft Graph 凭据，因此没有 Teams 出席情况报告。请设置 GRAPH_ 相关配置以读取实际出席情况。',
  'attendance.error.refused':
    'Microsoft Graph 拒绝读取出席情况报告（403）。解决方法：请授予应用程序权限 OnlineMeetingArtifact.Read.All 并授予管理员同意，并用 Teams 应用程序访问策略涵盖组织者 {organizer}（先运行 New-CsApplicationAccessPolicy，再运行 Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}）。',
  'attendance.error.failed': '无法读取出席情况报告。原因：{reason}',
  'attendance.report.summary':
    '出席情况：{attended} 名报名者出席，{absent} 名已确认者未出席，另有 {unmatched} 名其他与会者。下载 CSV 文件（仅限使用一次，15 分钟内有效）：{url}',
  'attendance.report.row': '{name}：{attendees} 人出席，在会 {attended} 分钟，发言 {spoken} 分钟',
  'attendance.report.groups': '团体和联盟：',
};
