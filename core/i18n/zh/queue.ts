import type { QUEUE_EN } from '../en/queue';
import type { Translation } from '../translation';

/** Chinese texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_ZH: Translation<typeof QUEUE_EN> = {
  'queue.error.staleVersion':
    '您查看期间发言名单已有变动（当前版本 {version}，您的屏幕显示的是版本 {baseVersion}）。未作任何更改；请重新查看后重试。',
  'queue.error.unknownMeeting': '本应用中没有此会议。请检查选项卡设置。',
  'queue.error.chairOnly': '只有主席可以执行此操作。',
  'queue.error.notYourEntry': '您只能撤回自己的发言申请。',
  'queue.error.notRegistered': '只有已报名的与会者才能申请发言。',
  'queue.error.unknownCommand': '无法识别此操作。未作任何更改。',
  'queue.error.listClosed': '发言名单已截止。',
  'queue.error.listAlreadyOpen': '发言名单已开放。',
  'queue.error.listAlreadyClosed': '发言名单已截止。',
  'queue.error.listFull': '发言名单已达到本次会议 {max} 人次的上限。',
  'queue.error.alreadyWaiting': '{name} 已在等候发言。',
  'queue.error.entryNotFound': '该发言申请（{entryId}）已不存在。',
  'queue.error.notWaiting': '{name} 已不在等候发言。',
  'queue.error.notWaitingOrSpeaking': '{name} 的发言已经结束。',
  'queue.error.positionOutOfRange': '请选择 1 至 {max} 之间的位置。',
  'queue.error.nobodyWaiting': '无人等候发言。',
  'queue.error.nobodySpeaking': '目前无人发言。',
  'queue.error.timerAlreadyStarted': '本次发言的计时已经开始。',
  'queue.error.timerNotRunning': '计时器未在运行。',
  'queue.error.timerNotPaused': '计时器未暂停。',
  'queue.error.nothingToUndo': '主席没有可撤销的操作。',
  'queue.error.undoConflict':
    '无法撤销上一项操作（{action}），因为此后名单已有变动（{name} 的发言）。未作任何更改。',
  'queue.error.undoWouldDuplicate':
    '无法撤销上一项操作（{action}）：否则 {name} 将在等候名单中出现两次。未作任何更改。',
  'queue.error.nameRequired': '请输入发言者姓名。',
  'queue.error.nameTooLong': '发言者姓名请勿超过 {max} 个字符。',
  'queue.error.organizationRequired': '请输入发言者所属组织。',
  'queue.error.organizationTooLong': '组织名称请勿超过 {max} 个字符。',
  'queue.error.registrationIdInvalid': '此发言者的报名无效。',
  'queue.error.onBehalfInvalid': '请说明您是代表本组织发言，还是代表某一团体或联盟发言。',
  'queue.error.onBehalfNotRegistered':
    '您可以代表本组织或您报名时所代表的团体申请发言，但不能代表“{group}”。主席团队可以代表其他团体添加发言。',
  'queue.error.groupNameRequired': '请填写团体或联盟的名称。',
  'queue.error.groupNameTooLong': '团体名称请勿超过 {max} 个字符。',
  'queue.error.groupMembersRequired': '请列出该团体的成员组织。',
  'queue.error.tooManyMembers': '成员组织最多可列 {max} 个。',
  'queue.error.memberTooLong': '每个成员组织名称请勿超过 {max} 个字符。',
  'queue.error.unknownQuestion': '指导性问题“{questionId}”不属于此活动。',
  'queue.error.invalidKind': '发言类型只能是一般发言或答辩权发言。',
  'queue.error.allottedOutOfRange': '请分配 {min} 至 {max} 秒的发言时间。',
};
