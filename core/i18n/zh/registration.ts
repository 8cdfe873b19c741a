import type { REGISTRATION_EN } from '../en/registration';
import type { Translation } from '../translation';

/** Chinese texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_ZH: Translation<typeof REGISTRATION_EN> = {
  'registration.status.pending': '待主席团队确认',
  'registration.status.confirmed': '已确认',
  'registration.status.waitlisted': '在候补名单上',
  'registration.status.declined': '未获接受',
  'registration.status.withdrawn': '已撤回',
  'registration.form.consentRequired': '请同意隐私声明后再报名。',
  'registration.form.groupNameRequired': '请填写这些成员组织所属的团体或联盟名称。',
  'registration.form.tooManyMembers': '成员组织最多可列 {max} 个。',
  'registration.form.memberTooLong': '每个成员组织名称请勿超过 {max} 个字符。',
  'registration.form.fixErrors': '请更正下方标出的字段；目前尚未保存任何内容。',
  'registration.notOpen':
    '“{title}”的报名将于 {opens}（您当地时间 {opensLocal}）开放。届时请再来。',
  'registration.closed':
    '“{title}”的报名已于 {deadline}（您当地时间 {deadlineLocal}）截止。未作任何更改。',
  'registration.closedForEdits':
    '修改截止时间为 {deadline}（您当地时间 {deadlineLocal}）。如需更改，请联系{contact}。',
  'registration.alreadyRegistered':
    '您已报名参加此活动。以下是您的报名信息；截止日期前可随时修改。',
  'registration.notSaved': '无法保存您的报名，且未保留其中任何内容。您的回答如下：请重新提交表格。',
  'registration.stale':
    '自显示此卡片以来，您的报名已有变动（可能是在其他设备上修改的）。以下为当前信息；未覆盖任何内容。',
  'registration.notFound': '未找到该报名。请输入 "register"（报名）重新开始。',
  'registration.eventNotFound': '该活动已不再提供。请输入 "register" 查看开放报名的活动。',
  'registration.noneYet': '您尚无任何报名。请输入 "register" 查看开放报名的活动。',
  'registration.canRegisterAgain': '截止日期前您可以重新报名：请输入 "register"。',
  'registration.theChairsTeam': '主席团队',
  'registration.withdrawn': '您对“{title}”的报名已撤回。',
  'registration.alreadyWithdrawn': '此报名已撤回。',
  'registration.backToReview':
    '您更改了此报名的身份信息（姓名、电子邮件、组织、类别、国家、职务或团体），因此报名重新进入审核：主席团队将再次作出决定。',
  'statement.received':
    '谢谢。您为“{title}”提交的书面意见已于 {when} 收到，并已与您的报名 {reference} 一并保存。',
  'statement.notRegistered': '书面意见仅接受已报名的与会者提交。请先输入 "register" 报名。',
  'statement.closed': '“{title}”的书面意见接收截至活动结束时间 {end}。',
  'statement.refused.fileType': '请以 PDF、DOCX 或 TXT 文件提交书面意见。未保存任何内容。',
  'statement.refused.tooLarge': '文件超过 10 MB。请发送较小的文件。未保存任何内容。',
  'statement.refused.contentMismatch':
    '文件内容与文件名不符（应为真实的 {kind} 文件）。未保存任何内容。',
  'statement.refused.empty': '发言内容为空。未保存任何内容。',
  'statement.refused.textTooLong': '直接输入的发言请勿超过 20,000 个字符，或改为发送文件。',
  'statement.refused.controlCharacters':
    '发言中含有无法保留的控制字符。请重新输入或发送文件。未保存任何内容。',
  'statement.refused.fileName': '文件名不可接受。请重命名文件后重新发送。',
  'statement.refused.download': '无法从 Teams 下载该文件。请重新发送。',
  'statement.refused.attachment': '此类附件不能作为书面意见接收。请发送 PDF、DOCX 或 TXT 文件。',
};
