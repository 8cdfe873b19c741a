import type { EVENT_EN } from '../en/event';
import type { Translation } from '../translation';

/** Arabic texts about event definitions: import errors and event descriptions. */
export const EVENT_AR: Translation<typeof EVENT_EN> = {
  'event.import.invalidJson': 'الملف ليس بصيغة JSON صحيحة: {detail}',
  'event.import.fieldError': '{field}: {message}',
  'event.import.failed': 'لم تُستورد الفعالية الواردة في الملف {file}؛ يرجى تصحيح الحقول التالية:',
  'event.import.done': 'تم استيراد «{title}» ({id}).',
  'event.import.usage': 'طريقة الاستخدام: npm run event:import FILE.json [FILE.json ...]',
  'event.field.invalidId': 'استخدموا من 3 إلى 64 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات.',
  'event.field.invalidLocalTime':
    'استخدموا وقتًا محليًا بالصيغة YYYY-MM-DDTHH:mm يكون موجودًا في المنطقة الزمنية للفعالية ({timeZone}).',
  'event.field.unknownTimeZone':
    'منطقة زمنية غير معروفة في قاعدة IANA؛ استخدموا اسمًا مثل America/New_York.',
  'event.field.endBeforeStart': 'يجب أن يكون بعد موعد البدء ({start}).',
  'event.field.deadlineBeforeOpening': 'يجب أن يكون بعد موعد فتح باب التسجيل ({opens}).',
  'event.field.deadlineAfterStart': 'يجب ألا يتجاوز موعد بدء الفعالية ({start}).',
  'event.field.duplicateId': 'المعرِّف «{id}» مستخدم مرتين.',
  'event.kind.virtualDialogue': 'حوار افتراضي',
  'event.kind.inPerson': 'اجتماع حضوري',
  'event.kind.hybrid': 'اجتماع مختلط',
};
