import type { MEETING_EN } from '../en/meeting';
import type { Translation } from '../translation';

/** Arabic texts of the Teams meeting: the invitation, the offline stand-in and Graph failures. */
export const MEETING_AR: Translation<typeof MEETING_EN> = {
  'meeting.invitation.topic': 'الموضوع',
  'meeting.invitation.guidingQuestions': 'الأسئلة التوجيهية',
  'meeting.invitation.joinHint':
    'انضموا إلى الاجتماع عبر رابط Teams الوارد في هذه الدعوة. يرجى الانضمام قبل الموعد ببضع دقائق؛ وسيُسمح لكم بالدخول من ردهة الانتظار.',
  'meeting.cancel.comment': 'ألغى فريق الرئاسة الاجتماع «{title}».',
  'meeting.offline.label':
    'اجتماع محلي (وضع عدم الاتصال: لم تُضبط بيانات اعتماد Microsoft Graph، لذا لم يُنشأ اجتماع أو دعوة في Teams).',
  'meeting.offline.created':
    'وضع عدم الاتصال: أُنشئ الاجتماع المحلي {meetingId} لـ «{title}» على العنوان {joinUrl}. اضبطوا GRAPH_CLIENT_ID وGRAPH_TENANT_ID وGRAPH_CLIENT_SECRET (أو GRAPH_CLIENT_CERTIFICATE_PATH) وGRAPH_ORGANIZER لإنشاء اجتماعات Teams حقيقية.',
  'meeting.error.calendarPermission':
    'رفض Microsoft Graph إنشاء الاجتماع (403). الحل: امنحوا التطبيق إذن التطبيق Calendars.ReadWrite في Entra ID وامنحوا موافقة المسؤول.',
  'meeting.error.mailboxAccessPolicy':
    'رفض Microsoft Graph الوصول إلى صندوق بريد المنظِّم {organizer} (403، محظور بموجب سياسة الوصول إلى تطبيقات Exchange). الحل: أضيفوا المنظِّم إلى المجموعة المفعَّل فيها البريد التي تسمح بها السياسة (New-ApplicationAccessPolicy / Test-ApplicationAccessPolicy).',
  'meeting.error.teamsAccessPolicy':
    'رفض Microsoft Graph الاجتماع عبر الإنترنت (403، لا توجد سياسة وصول لتطبيقات Teams). الحل: New-CsApplicationAccessPolicy مع معرِّف التطبيق، ثم Grant-CsApplicationAccessPolicy للمنظِّم {organizer}.',
  'meeting.error.organizerNotFound':
    'منظِّم الاجتماع {organizer} غير موجود في المستأجر (404). الحل: اضبطوا GRAPH_ORGANIZER على اسم المستخدم الأساسي أو معرِّف الكائن لمستخدم لديه ترخيص.',
  'meeting.error.organizerWithoutMailbox':
    'ليس لمنظِّم الاجتماع {organizer} صندوق بريد في Exchange Online (404). الحل: امنحوا ذلك المستخدم ترخيص Exchange Online، أو اضبطوا GRAPH_ORGANIZER على مستخدم لديه ذلك الترخيص.',
  'meeting.error.attendeeWithoutMailbox':
    'رفض Microsoft Graph عنوان أحد الحاضرين (لا يوجد صندوق بريد يمكنه استلامه). الحل: صحّحوا البريد الإلكتروني في ذلك التسجيل، ثم أكّدوه مرة أخرى.',
  'meeting.error.tooManyAttendees':
    'لا يجوز أن يتجاوز عدد الحاضرين في دعوة اجتماع Teams {max}. الحل: ادعوا الآخرين عبر قائمة توزيع أو في جلسة ثانية.',
  'meeting.error.authentication':
    'تعذّر على التطبيق تسجيل الدخول إلى Microsoft Entra ID. الحل: تحققوا من GRAPH_TENANT_ID وGRAPH_CLIENT_ID ومن سر العميل أو شهادته (انتهاء صلاحية السر هو السبب المعتاد).',
  'meeting.error.throttled':
    'يقيّد Microsoft Graph الطلبات ولم تنجح محاولات الإعادة. الحل: لا حاجة إلى تغيير أي شيء؛ حاولوا مرة أخرى بعد بضع دقائق.',
  'meeting.error.unavailable':
    'Microsoft Graph غير متاح ({status}). الحل: لا حاجة إلى تغيير أي شيء؛ حاولوا مرة أخرى بعد بضع دقائق.',
  'meeting.error.network':
    'تعذّر الوصول إلى Microsoft Graph (خطأ في الشبكة). الحل: تحققوا من الاتصال الصادر (الخادم الوكيل، والجدار الناري، وDNS) إلى graph.microsoft.com وlogin.microsoftonline.com، ومن GRAPH_BASE_URL وGRAPH_AUTHORITY_HOST إذا كنتم قد غيّرتموهما.',
  'meeting.error.invalidRequest':
    'رفض Microsoft Graph الطلب باعتباره غير صالح ({detail}). الحل: هذا خلل في التطبيق؛ أبلغوا عنه مع قيد السجل.',
  'meeting.error.meetingNotFound':
    'لم يعد اجتماع Teams موجودًا في تقويم المنظِّم (404). الحل: أنشئوا الاجتماع مرة أخرى.',
  'meeting.error.unexpected':
    'أجاب Microsoft Graph بالرمز {status} على نحو غير متوقع. الحل: راجعوا قيد السجل لمعرفة رمز خطأ Graph.',
};
