import type { AUTH_EN } from '../en/auth';
import type { Translation } from '../translation';

/** Arabic texts about signing in to the tab's API: refusals and the development sign-in banner. */
export const AUTH_AR: Translation<typeof AUTH_EN> = {
  'auth.missingToken':
    'يرجى تسجيل الدخول: هذا الطلب لا يتضمن تسجيل دخول إلى Microsoft Teams. افتحوا التطبيق في Microsoft Teams وحاولوا مرة أخرى.',
  'auth.malformedToken':
    'تعذّرت قراءة بيانات تسجيل دخولكم. يرجى إعادة تحميل علامة التبويب لتسجيل الدخول من جديد.',
  'auth.invalidToken':
    'تسجيل دخولكم غير صالح لهذا التطبيق. يرجى إعادة تحميل علامة التبويب لتسجيل الدخول من جديد.',
  'auth.tokenExpired':
    'انتهت صلاحية تسجيل دخولكم. يرجى إعادة تحميل علامة التبويب لتسجيل الدخول من جديد.',
  'auth.tokenNotYetValid':
    'تسجيل دخولكم غير صالح بعد. يرجى التحقق من تاريخ جهازكم ووقته، ثم إعادة تحميل علامة التبويب.',
  'auth.wrongTenant':
    'لا يقبل هذا التطبيق إلا حسابات المنظمة التابع لها. يرجى تسجيل الدخول إلى Microsoft Teams بذلك الحساب.',
  'auth.missingScope':
    'تسجيل دخولكم لا يمنح هذا التطبيق صلاحية الوصول (الإذن "access_as_user" غير موجود). أعيدوا تحميل علامة التبويب؛ وإذا استمرت المشكلة، فاطلبوا من المسؤول منح الموافقة.',
  'auth.keysUnavailable':
    'يتعذّر التحقق من تسجيل الدخول حاليًا لأن Microsoft Entra ID لا يستجيب. يرجى المحاولة مرة أخرى بعد دقيقة.',
  'auth.devSignInRefused':
    'تسجيل الدخول الخاص بالتطوير معطَّل: تستخدم هذه الخدمة Microsoft Entra ID. يرجى تسجيل الدخول عبر Microsoft Teams.',
  'auth.devSignInNotLocal':
    'لا يعمل تسجيل الدخول الخاص بالتطوير إلا من هذا الحاسوب (عنوان استرجاع محلي، لا عبر وكيل أو نفق). اضبطوا Microsoft Entra ID لخدمة حواسيب أخرى.',
  'auth.devUserRequired':
    'وضع التطوير: اختاروا مستخدمًا تجريبيًا ({users}) في الترويسة X-Dev-User أو في معلَمة الاستعلام devUser.',
  'auth.devUserUnknown':
    'وضع التطوير: مستخدم تجريبي غير معروف. اختاروا أحد المستخدمين التالين: {users}.',
  'auth.forbidden': 'هذا الإجراء مقصور على فريق الرئاسة ومقدّمي الاجتماع.',
  'tab.devSignIn.banner':
    'تسجيل الدخول الخاص بالتطوير: أنتم المستخدم التجريبي {name}. لا يُتحقق من أي شيء هنا عبر Microsoft Entra ID.',
};
