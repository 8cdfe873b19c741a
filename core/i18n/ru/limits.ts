import type { LIMITS_EN } from '../en/limits';
import type { Translation } from '../translation';

/** Russian texts of the service's limits. */
export const LIMITS_RU: Translation<typeof LIMITS_EN> = {
  'limits.bodyTooLarge':
    'Этот запрос больше, чем принимает служба ({maxKb} КБ). Ничего не изменено.',
  'limits.tooDeep':
    'Вложенность этого запроса глубже, чем принимает служба ({maxDepth} уровней). Ничего не изменено.',
  'limits.tooManyStreams':
    'У вас уже открыто максимальное число интерактивных представлений на одного человека. Закройте другую вкладку или окно и повторите попытку.',
  'limits.streamsFull':
    'Служба сейчас обслуживает максимально возможное число интерактивных представлений. Повторите попытку через несколько секунд.',
  'limits.tooManyAttempts':
    'Слишком много попыток с вашего адреса. Подождите минуту, прежде чем повторить попытку.',
};
