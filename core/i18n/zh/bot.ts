import type { BOT_EN } from '../en/bot';
import type { Translation } from '../translation';

/** Chinese texts the bot writes in chat outside cards: greetings, help and refusals. */
export const BOT_ZH: Translation<typeof BOT_EN> = {
  'bot.welcome':
    '欢迎。我负责主席与利益攸关方（工商界、非政府组织、学术界和技术界）会议的报名工作。每位与会者须在截止日期前在此以个人身份报名。',
  'bot.help':
    '您可以输入：\n- **register**（报名）：查看开放报名的活动并报名\n- **my registration**（我的报名）：在截止日期前查看、修改或撤回您的报名\n- **statement**（发言）：提交书面意见（或在此附上 PDF、DOCX 或 TXT 文件）\n- **language fr**（语言）：更改我与您交流所用的语言（ar、en、es、fr、ru、zh）\n- **help**（帮助）：显示此列表\n\n主席团队还可以输入 **registrations**（按类别统计的报名人数）、**export**（CSV 下载链接）和 **inputs**（待发布或不予公开的书面意见）。',
  'bot.unidentified':
    '抱歉，Teams 未告知我您的身份（此消息中没有 Microsoft Entra 身份），因此无法为您报名。请使用工作或学校帐户登录 Microsoft Teams。',
  'bot.personalOnly': '报名须在与我的个人聊天中进行。请与机器人开启一对一聊天。',
  'bot.unknownAction': '此卡片已过时。请输入 "help" 查看可用操作。',
  'organizer.refused': '此命令仅限主席团队使用。',
  'organizer.noEvents': '尚未导入任何活动。',
  'organizer.exportLinkInvalid': '此导出链接无效、已使用或已过期。请向机器人索取新链接。',
  'notice.title.default': '利益攸关方报名',
  'notice.title.warning': '请注意',
  'notice.title.good': '已完成',
};
