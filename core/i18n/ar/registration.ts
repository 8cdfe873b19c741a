import type { REGISTRATION_EN } from '../en/registration';
import type { Translation } from '../translation';

/** Arabic texts of the registration journey: validation, outcomes, statuses and written input. */
export const REGISTRATION_AR: Translation<typeof REGISTRATION_EN> = {
  'registration.status.pending': 'في انتظار تأكيد فريق الرئاسة',
  'registration.status.confirmed': 'مؤكَّد',
  'registration.status.waitlisted': 'على قائمة الانتظار',
  'registration.status.declined': 'مرفوض',
  'registration.status.withdrawn': 'مسحوب',
  'registration.form.consentRequired': 'يرجى الموافقة على إشعار الخصوصية لإتمام التسجيل.',
  'registration.form.groupNameRequired':
    'يرجى ذكر اسم المجموعة أو التحالف الذي تنتمي إليه هذه المنظمات الأعضاء.',
  'registration.form.tooManyMembers': 'يرجى ألا يتجاوز عدد المنظمات الأعضاء المدرجة {max}.',
  'registration.form.memberTooLong': 'يرجى ألا يتجاوز عدد أحرف اسم كل منظمة عضو {max}.',
  'registration.form.fixErrors': 'يرجى تصحيح الحقول المشار إليها أدناه؛ لم يُحفظ أي شيء بعد.',
  'registration.notOpen':
    'يُفتح باب التسجيل في «{title}» في {opens} ({opensLocal} بتوقيتكم). يرجى العودة في ذلك الموعد.',
  'registration.closed':
    'أُغلق باب التسجيل في «{title}» في {deadline} ({deadlineLocal} بتوقيتكم). لم يُغيَّر أي شيء.',
  'registration.closedForEdits':
    'كان التعديل ممكنًا حتى {deadline} ({deadlineLocal} بتوقيتكم). يرجى الاتصال بـ {contact} إذا لزم تغيير أي شيء.',
  'registration.alreadyRegistered':
    'أنتم مسجَّلون بالفعل في هذه الفعالية. إليكم تسجيلكم؛ يمكنكم تعديله حتى الموعد النهائي.',
  'registration.notSaved':
    'تعذّر حفظ تسجيلكم، ولم يُحفظ أي جزء منه. إجاباتكم أدناه: يُرجى إرسال الاستمارة مرة أخرى.',
  'registration.stale':
    'تغيَّر تسجيلكم منذ عرض هذه البطاقة (ربما من جهاز آخر). إليكم التسجيل بصيغته الحالية؛ لم يُستبدل أي شيء.',
  'registration.notFound': 'تعذّر العثور على هذا التسجيل. اكتبوا "register" (تسجيل) للبدء من جديد.',
  'registration.eventNotFound':
    'هذه الفعالية لم تعد متاحة. اكتبوا "register" لعرض الفعاليات المفتوح باب التسجيل فيها.',
  'registration.noneYet':
    'ليس لديكم أي تسجيل حتى الآن. اكتبوا "register" لعرض الفعاليات المفتوح باب التسجيل فيها.',
  'registration.canRegisterAgain': 'يمكنكم التسجيل مجددًا حتى الموعد النهائي: اكتبوا "register".',
  'registration.theChairsTeam': 'فريق الرئاسة',
  'registration.withdrawn': 'تم سحب تسجيلكم في «{title}».',
  'registration.alreadyWithdrawn': 'سبق سحب هذا التسجيل.',
  'registration.backToReview':
    'لقد غيّرت هوية صاحب هذا التسجيل (الاسم أو البريد الإلكتروني أو المنظمة أو الفئة أو البلد أو المسمى الوظيفي أو المجموعة)، لذا عاد التسجيل قيد المراجعة وسيبتّ فيه فريق الرئيس من جديد.',
  'statement.received':
    'شكرًا لكم. وردت مساهمتكم المكتوبة بشأن «{title}» في {when} وحُفظت مع تسجيلكم {reference}.',
  'statement.notRegistered':
    'تُقبل المساهمات المكتوبة من المشاركين المسجَّلين. اكتبوا "register" للتسجيل أولًا.',
  'statement.closed': 'كانت المساهمات المكتوبة بشأن «{title}» تُقبل حتى انتهاء الفعالية في {end}.',
  'statement.refused.fileType':
    'يرجى إرسال المساهمة المكتوبة في ملف بصيغة PDF أو DOCX أو TXT. لم يُحفظ أي شيء.',
  'statement.refused.tooLarge':
    'حجم الملف يتجاوز 10 ميغابايت. يرجى إرسال ملف أصغر. لم يُحفظ أي شيء.',
  'statement.refused.contentMismatch':
    'محتوى الملف لا يطابق اسمه (كان المتوقع ملفًا حقيقيًا بصيغة {kind}). لم يُحفظ أي شيء.',
  'statement.refused.empty': 'البيان فارغ. لم يُحفظ أي شيء.',
  'statement.refused.textTooLong':
    'يرجى ألا يتجاوز البيان المكتوب 20000 حرف، أو إرسال ملف بدلًا من ذلك.',
  'statement.refused.controlCharacters':
    'يحتوي البيان على أحرف تحكّم لا يمكن الاحتفاظ بها. يرجى إعادة كتابته أو إرسال ملف. لم يُحفظ أي شيء.',
  'statement.refused.fileName': 'اسم الملف غير مقبول. يرجى إعادة تسمية الملف وإرساله مرة أخرى.',
  'statement.refused.download': 'تعذّر تنزيل الملف من Teams. يرجى إرساله مرة أخرى.',
  'statement.refused.attachment':
    'لا يمكن قبول هذا النوع من المرفقات بوصفه مساهمة مكتوبة. يرجى إرسال ملف بصيغة PDF أو DOCX أو TXT.',
};
