import type { OUTBOX_EN } from '../en/outbox';
import type { Translation } from '../translation';

/** Arabic texts of the confirmation flow: status messages, login details, reminders, chair replies. */
export const OUTBOX_AR: Translation<typeof OUTBOX_EN> = {
  'outbox.status.confirmed':
    'تم تأكيد تسجيلكم {reference} في «{title}». وستصلكم بيانات الدخول في رسالة منفصلة.',
  'outbox.status.waitlisted':
    'أُدرج تسجيلكم {reference} في «{title}» على قائمة الانتظار. وسنكتب إليكم إذا أصبح هناك مكان شاغر.',
  'outbox.status.declined': 'نأسف لإبلاغكم بأنه تعذّر قبول تسجيلكم {reference} في «{title}».',
  'outbox.status.pending': 'يُعاد النظر في تسجيلكم {reference} في «{title}».',
  'outbox.status.withdrawn': 'تم سحب تسجيلكم {reference} في «{title}».',
  'outbox.login.heading': 'بيانات الدخول الخاصة بكم',
  'outbox.login.intro': '«{title}»: انضموا عبر الرابط أدناه قبل موعد البدء ببضع دقائق.',
  'outbox.login.when': 'الموعد',
  'outbox.login.yourTime': 'بتوقيتكم: {time}',
  'outbox.login.joinLink': 'رابط الانضمام',
  'outbox.login.reference': 'رقمكم المرجعي',
  'outbox.login.guidingQuestions': 'الأسئلة التوجيهية',
  'outbox.login.speaking': 'ترتيبات أخذ الكلمة',
  'outbox.login.speakingYes':
    'طلبتم أخذ الكلمة. تقتصر المداخلات على {minutes} دقيقة؛ ويعطي الرئيس الكلمة وفق ترتيب قائمة المتكلمين.',
  'outbox.login.speakingGroup':
    'طلبتم أخذ الكلمة باسم «{group}». تقتصر المداخلات على {minutes} دقيقة؛ ويعطي الرئيس الكلمة وفق ترتيب قائمة المتكلمين.',
  'outbox.login.speakingNo':
    'أنتم مسجَّلون للاستماع. وإذا رغبتم في أخذ الكلمة رغم ذلك، فاطلبوا إدراجكم في قائمة المتكلمين أثناء الاجتماع.',
  'outbox.login.join': 'الانضمام إلى الاجتماع',
  'outbox.login.calendar': 'إضافة إلى التقويم (.ics)',
  'outbox.reminder.text':
    'تذكير: تبدأ «{title}» {when}. رابط الانضمام: {joinUrl} (رقمكم المرجعي: {reference}).',
  'outbox.reminder.inMinutes': 'بعد {minutes} دقيقة، في الساعة {time}',
  'outbox.reminder.inHours': 'بعد {hours} ساعة، في الساعة {time}',
  'outbox.calendar.description':
    'رابط الانضمام: {joinUrl}\nرقمكم المرجعي: {reference}\n\nالأسئلة التوجيهية:\n{questions}',
  'outbox.calendar.invalid': 'رابط التقويم هذا غير معروف أو انتهت صلاحيته.',
  'outbox.chair.usage':
    'اكتبوا "confirm REG-XXXX-XXXX" (تأكيد) أو "decline REG-XXXX-XXXX" (رفض) أو "waitlist REG-XXXX-XXXX" (قائمة الانتظار) أو "confirm all pending" (تأكيد جميع التسجيلات المعلّقة) أو "capacity 40" أو "capacity none" (السعة)، و"delivery" لعرض ما أُرسل، و"attendance" لعرض تقرير الحضور بعد الاجتماع.',
  'outbox.chair.notFound': 'لا يوجد تسجيل يحمل الرقم المرجعي {reference}.',
  'outbox.chair.whichEvent':
    'قد يكون المقصود إحدى عدة فعاليات. أضيفوا معرِّف الفعالية في النهاية: {events}.',
  'outbox.chair.noEvent': 'لا توجد فعالية لتطبيق هذا الأمر عليها.',
  'outbox.chair.result':
    '«{title}»: المؤكَّدة: {confirmed}؛ على قائمة الانتظار: {waitlisted}؛ المرفوضة: {declined}؛ دون تغيير: {unchanged}. {capacity}. الرسائل في طريقها إلى أصحابها.',
  'outbox.chair.capacity': 'السعة {capacity}، والمؤكَّد حاليًا: {confirmed}',
  'outbox.chair.noCapacity': 'لم تُحدَّد سعة، والمؤكَّد حاليًا: {confirmed}',
  'outbox.chair.capacitySet': '«{title}»: {capacity}.',
  'outbox.chair.conflict':
    'تغيّرت تسجيلات عددها {count} في هذه الأثناء فتُركت على حالها؛ حاولوا مرة أخرى.',
  'outbox.chair.meetingFailed': 'تعذّر إنشاء الاجتماع، لذا لم يُؤكَّد أي تسجيل. {reason}',
  'outbox.chair.delivery':
    '«{title}»: المرسَلة: {sent}؛ قيد الانتظار: {pending}؛ الفاشلة: {failed}؛ التي لم تعد لازمة: {cancelled}.',
  'outbox.chair.failedRow': '{reference} ({kind}): {reason}',
  'outbox.api.unknownEvent': 'لا توجد فعالية كهذه في هذا التطبيق.',
  'outbox.api.chairOnly': 'لا يمكن إلا لفريق الرئاسة إدارة التسجيلات والرسائل المتعلقة بها.',
  'outbox.api.badDecision': 'يجب أن يكون القرار "confirm" أو "decline" أو "waitlist".',
  'outbox.api.badIds':
    'حدِّدوا التسجيلات في شكل قائمة بمعرِّفات التسجيل، أو بالقيمة "allPending" لجميع التسجيلات المعلّقة.',
  'outbox.api.tooManyIds': 'لا يمكن البت في أكثر من {max} تسجيل في المرة الواحدة.',
  'outbox.api.unknownIds': 'بعض التسجيلات ليست تسجيلات في هذه الفعالية، لذا لم يُغيَّر أي شيء: {ids}.',
  'outbox.api.badRetryIds': 'حدِّدوا الرسائل المراد إعادة إرسالها في شكل قائمة بمعرِّفات الرسائل.',
  'outbox.install.notConfigured':
    'لن يفتح Teams محادثة مع هذا الشخص لأن التطبيق غير مثبَّت لديه: اطلبوا منه فتح البوت في Teams مرة واحدة، أو اضبطوا TEAMS_APP_ID وإعدادات GRAPH_* لكي يثبّت التطبيق نفسه لديه.',
  'outbox.install.notReady':
    'ثُبِّت التطبيق لهذا الشخص، لكن Teams لم يفتح المحادثة معه بعد. جارٍ إعادة المحاولة.',
  'outbox.install.notInCatalog':
    'التطبيق (TEAMS_APP_ID {teamsAppId}) غير موجود في كتالوج تطبيقات المستأجر، لذا لا يمكن تثبيته للأشخاص الذين لم يتحادثوا قط مع البوت: حمِّلوا حزمة التطبيق إلى مركز إدارة Teams.',
  'outbox.install.forbidden':
    'رفض Graph تثبيت التطبيق لهذا الشخص ({detail}): امنحوا إذني التطبيق TeamsAppInstallation.ReadWriteSelfForUser.All وAppCatalog.Read.All مع موافقة المسؤول، واسمحوا بالتطبيق في سياسة أذونات تطبيقات Teams.',
  'outbox.install.userNotFound':
    'لا يعرف Graph هذا الشخص في المستأجر ({detail})؛ ربما يكون قد غادر المنظمة.',
  'outbox.install.authentication':
    'تعذّر على التطبيق تسجيل الدخول إلى Graph لتثبيت نفسه لهذا الشخص ({detail}): تحققوا من GRAPH_CLIENT_ID وGRAPH_TENANT_ID ومن السر أو الشهادة.',
  'outbox.install.throttled': 'يقيّد Graph عمليات تثبيت التطبيقات ({detail})؛ جارٍ إعادة المحاولة.',
  'outbox.install.unavailable':
    'كان Graph غير متاح أثناء تثبيت التطبيق لهذا الشخص ({detail})؛ جارٍ إعادة المحاولة.',
  'outbox.install.network':
    'تعذّر الوصول إلى Graph لتثبيت التطبيق لهذا الشخص ({detail})؛ جارٍ إعادة المحاولة.',
  'outbox.install.unexpected': 'فشل تثبيت التطبيق لهذا الشخص عبر Graph ({detail}).',
};
