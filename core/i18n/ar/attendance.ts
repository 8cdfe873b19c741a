import type { ATTENDANCE_EN } from '../en/attendance';
import type { Translation } from '../translation';

/** Arabic texts of lobby and presenter settings and of the attendance report. */
export const ATTENDANCE_AR: Translation<typeof ATTENDANCE_EN> = {
  'attendance.options.applied':
    'ضُبطت خيارات اجتماع Teams: يتخطى أصحاب المصلحة المدعوون الردهة (بما في ذلك عبر الهاتف) ولا يقدّم العروض إلا فريق الرئاسة.',
  'attendance.options.refused':
    'رفض Microsoft Graph ضبط الردهة ومقدّمي العروض في اجتماع Teams (403). يعمل الاجتماع، ولكن الجميع ينتظرون في الردهة ويمكن للجميع تقديم العروض. الحل: امنحوا التطبيق إذن التطبيق OnlineMeetings.ReadWrite.All (وOnlineMeetingArtifact.Read.All للحضور) مع موافقة المسؤول، ثم شغّلوا في Teams PowerShell الأمر New-CsApplicationAccessPolicy -Identity MeetingsApp -AppIds <app id> والأمر Grant-CsApplicationAccessPolicy -PolicyName MeetingsApp -Identity {organizer}.',
  'attendance.options.failed':
    'تعذّر ضبط الردهة ومقدّمي العروض في اجتماع Teams (انظروا سجل الخدمة)؛ ويعمل الاجتماع بالإعدادات الافتراضية للمستأجر. اطلبوا من فريق الرئاسة إعادة المحاولة لاحقًا.',
  'attendance.error.unknownEvent': 'لا توجد فعالية بهذا المعرِّف. لم يُغيَّر أي شيء.',
  'attendance.error.noMeeting':
    'ليس لهذه الفعالية اجتماع Teams بعد (يُنشأ مع أول تأكيد)، لذا لا يوجد حضور للإبلاغ عنه.',
  'attendance.error.noReport':
    'ليس لدى Teams تقرير حضور لهذا الاجتماع بعد. تظهر التقارير بعد انتهاء الاجتماع ببضع دقائق؛ أعيدوا المحاولة لاحقًا.',
  'attendance.error.offline':
    'اجتماع محلي (وضع عدم الاتصال): لم تُضبط بيانات اعتماد Microsoft Graph، لذا لا يوجد تقرير حضور من Teams. اضبطوا إعدادات GRAPH_ لقراءة الحضور الفعلي.',
  'attendance.error.refused':
    'رفض Microsoft Graph قراءة تقرير الحضور (403). الحل: امنحوا التطبيق إذن التطبيق OnlineMeetingArtifact.Read.All مع موافقة المسؤول، وأدرجوا المنظِّم {organizer} في سياسة وصول تطبيقات Teams (New-CsApplicationAccessPolicy، ثم Grant-CsApplicationAccessPolicy -PolicyName <policy> -Identity {organizer}).',
  'attendance.error.failed': 'تعذّرت قراءة تقرير الحضور. السبب: {reason}',
  'attendance.report.summary':
    'الحضور: حضر {attended} من المسجلين، ولم يحضر {absent} من المؤكَّد تسجيلهم، و{unmatched} من المشاركين الآخرين. نزّلوا ملف CSV (للاستخدام مرة واحدة، صالح لمدة 15 دقيقة): {url}',
  'attendance.report.row':
    '{name}: حضر {attendees}، و{attended} دقيقة في الاجتماع، و{spoken} دقيقة من الكلام',
  'attendance.report.groups': 'المجموعات والتحالفات:',
};
