import type { AUTH_EN } from '../en/auth';
import type { Translation } from '../translation';

/** Russian texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_RU: Translation<typeof AUTH_EN> = {
  'auth.missingToken':
    'Пожалуйста, войдите в систему: в этом запросе нет данных входа Microsoft Teams. Откройте приложение в Microsoft Teams и повторите попытку.',
  'auth.malformedToken':
    'Не удалось прочитать данные вашего входа. Пожалуйста, перезагрузите вкладку, чтобы войти снова.',
  'auth.invalidToken':
    'Ваш вход недействителен для этого приложения. Пожалуйста, перезагрузите вкладку, чтобы войти снова.',
  'auth.tokenExpired':
    'Срок действия вашего входа истёк. Пожалуйста, перезагрузите вкладку, чтобы войти снова.',
  'auth.tokenNotYetValid':
    'Ваш вход ещё не действителен. Пожалуйста, проверьте дату и время на устройстве, затем перезагрузите вкладку.',
  'auth.wrongTenant':
    'Это приложение принимает только учётные записи своей организации. Пожалуйста, войдите в Microsoft Teams с такой учётной записью.',
  'auth.missingScope':
    'Ваш вход не даёт этому приложению доступа (отсутствует разрешение "access_as_user"). Перезагрузите вкладку; если проблема сохранится, попросите администратора дать согласие.',
  'auth.keysUnavailable':
    'Сейчас невозможно проверить вход, так как Microsoft Entra ID не отвечает. Пожалуйста, повторите попытку через минуту.',
  'auth.devSignInRefused':
    'Вход для разработки отключён: эта служба использует Microsoft Entra ID. Пожалуйста, войдите через Microsoft Teams.',
  'auth.devUserRequired':
    'Режим разработки: выберите тестового пользователя ({users}) в заголовке X-Dev-User или в параметре запроса devUser.',
  'auth.devUserUnknown':
    'Режим разработки: неизвестный тестовый пользователь. Выберите одного из следующих: {users}.',
  'auth.forbidden': 'Это действие доступно только команде Председателя и выступающим на собрании.',
  'tab.devSignIn.banner':
    'Вход для разработки: вы — тестовый пользователь {name}. Ничто здесь не проверяется через Microsoft Entra ID.',
};
