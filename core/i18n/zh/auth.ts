import type { AUTH_EN } from '../en/auth';
import type { Translation } from '../translation';

/** Chinese texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_ZH: Translation<typeof AUTH_EN> = {
  'auth.missingToken':
    '请登录：此请求未包含 Microsoft Teams 登录信息。请在 Microsoft Teams 中打开本应用后重试。',
  'auth.malformedToken': '无法读取您的登录信息。请重新加载选项卡以重新登录。',
  'auth.invalidToken': '您的登录对本应用无效。请重新加载选项卡以重新登录。',
  'auth.tokenExpired': '您的登录已过期。请重新加载选项卡以重新登录。',
  'auth.tokenNotYetValid': '您的登录尚未生效。请检查设备的日期和时间，然后重新加载选项卡。',
  'auth.wrongTenant': '本应用仅接受其所属组织的帐户。请使用该帐户登录 Microsoft Teams。',
  'auth.missingScope':
    '您的登录未授予本应用访问权限（缺少 "access_as_user" 权限）。请重新加载选项卡；如问题仍然存在，请请求管理员授予同意。',
  'auth.keysUnavailable': 'Microsoft Entra ID 无响应，暂时无法验证登录。请一分钟后重试。',
  'auth.devSignInRefused':
    '开发登录已关闭：本服务使用 Microsoft Entra ID。请通过 Microsoft Teams 登录。',
  'auth.devSignInNotLocal':
    '开发登录仅可在本机使用（环回地址，不经代理或隧道）。如需为其他计算机提供服务，请配置 Microsoft Entra ID。',
  'auth.devUserRequired':
    '开发模式：请在 X-Dev-User 标头或 devUser 查询参数中选择一个测试用户（{users}）。',
  'auth.devUserUnknown': '开发模式：未知的测试用户。请从以下用户中选择：{users}。',
  'auth.forbidden': '此操作仅限主席团队和会议演示者使用。',
  'tab.devSignIn.banner':
    '开发登录：您是测试用户 {name}。此处的任何内容均未经 Microsoft Entra ID 验证。',
};
