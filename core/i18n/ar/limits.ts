import type { LIMITS_EN } from '../en/limits';
import type { Translation } from '../translation';

/** Arabic texts of the service's limits. */
export const LIMITS_AR: Translation<typeof LIMITS_EN> = {
  'limits.bodyTooLarge': 'حجم هذا الطلب أكبر مما تقبله الخدمة ({maxKb} كيلوبايت). لم يُغيَّر أي شيء.',
  'limits.tooDeep':
    'مستويات التداخل في هذا الطلب أكثر مما تقبله الخدمة ({maxDepth} مستويات). لم يُغيَّر أي شيء.',
  'limits.tooManyStreams':
    'لديكم بالفعل العدد الأقصى من طرق العرض المباشرة المسموح به للشخص الواحد. أغلقوا علامة تبويب أو نافذة أخرى وأعيدوا المحاولة.',
  'limits.streamsFull':
    'تقدّم الخدمة الآن أقصى عدد ممكن من طرق العرض المباشرة. يُرجى إعادة المحاولة بعد بضع ثوانٍ.',
  'limits.tooManyAttempts': 'محاولات كثيرة جدًا من عنوانكم. يُرجى الانتظار دقيقة قبل إعادة المحاولة.',
  'limits.chatTooLong':
    'هذه الرسالة أطول مما أقرأ ({max} حرف). لم يتغير شيء. يُرجى إرسال رسالة أقصر؛ اكتبوا "help" لرؤية الأوامر.',
  'limits.encodingNotAccepted':
    'هذا الطلب مضغوط، والخدمة لا تقبل إلا الطلبات غير المضغوطة. لم يُغيَّر أي شيء.',
  'limits.badRequest': 'تعذّر على الخدمة قراءة هذا الطلب. لم يُغيَّر أي شيء.',
  'limits.notFound': 'لا يوجد شيء في هذا العنوان.',
  'limits.serverError':
    'عذرًا، حدث خطأ من جانبنا. يُرجى إعادة المحاولة؛ وإذا تكرر ذلك، فاذكروا المرجع {requestId}.',
};
