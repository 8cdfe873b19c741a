import type { QUEUE_EN } from '../en/queue';
import type { Translation } from '../translation';

/** Arabic texts of the queue area: refusals of speaking-queue commands and their audit labels. */
export const QUEUE_AR: Translation<typeof QUEUE_EN> = {
  'queue.error.staleVersion':
    'تغيّرت قائمة المتكلمين أثناء اطلاعكم عليها (الإصدار {version}، بينما كانت شاشتكم تعرض الإصدار {baseVersion}). لم يُغيَّر أي شيء؛ يرجى الاطلاع عليها مجددًا ثم إعادة المحاولة.',
  'queue.error.unknownMeeting':
    'لا يوجد اجتماع كهذا في هذا التطبيق. تحققوا من إعدادات علامة التبويب.',
  'queue.error.chairOnly': 'لا يمكن القيام بهذا الإجراء إلا للرئيس.',
  'queue.error.notYourEntry': 'لا يمكنكم سحب إلا طلبكم أنتم لأخذ الكلمة.',
  'queue.error.notRegistered': 'لا يمكن طلب الكلمة إلا للمشاركين المسجَّلين.',
  'queue.error.unknownCommand': 'هذا الإجراء غير معروف. لم يُغيَّر أي شيء.',
  'queue.error.listClosed': 'قائمة المتكلمين مقفلة.',
  'queue.error.listAlreadyOpen': 'قائمة المتكلمين مفتوحة بالفعل.',
  'queue.error.listAlreadyClosed': 'قائمة المتكلمين مقفلة بالفعل.',
  'queue.error.listFull':
    'بلغت قائمة المتكلمين الحد الأقصى المحدد لهذا الاجتماع، وهو {max} مداخلة.',
  'queue.error.alreadyWaiting': '{name} ينتظر دوره في الكلمة بالفعل.',
  'queue.error.entryNotFound': 'طلب الكلمة هذا ({entryId}) لم يعد موجودًا.',
  'queue.error.notWaiting': '{name} لم يعد ينتظر دوره في الكلمة.',
  'queue.error.notWaitingOrSpeaking': 'انتهى دور {name} في الكلمة بالفعل.',
  'queue.error.positionOutOfRange': 'يرجى اختيار موضع من 1 إلى {max}.',
  'queue.error.nobodyWaiting': 'لا أحد ينتظر دوره في الكلمة.',
  'queue.error.nobodySpeaking': 'لا أحد يتكلم حاليًا.',
  'queue.error.timerAlreadyStarted': 'سبق تشغيل المؤقت لهذه المداخلة.',
  'queue.error.timerNotRunning': 'المؤقت لا يعمل.',
  'queue.error.timerNotPaused': 'المؤقت ليس متوقفًا مؤقتًا.',
  'queue.error.nothingToUndo': 'لا يوجد إجراء للرئيس يمكن التراجع عنه.',
  'queue.error.undoConflict':
    'لا يمكن التراجع عن الإجراء الأخير ({action}) لأن القائمة تغيّرت منذ ذلك الحين (دور {name}). لم يُغيَّر أي شيء.',
  'queue.error.undoWouldDuplicate':
    'لا يمكن التراجع عن الإجراء الأخير ({action}): إذ سيصبح {name} مدرجًا مرتين في الانتظار. لم يُغيَّر أي شيء.',
  'queue.error.nameRequired': 'يرجى إدخال اسم المتكلم.',
  'queue.error.nameTooLong': 'يرجى ألا يتجاوز عدد أحرف اسم المتكلم {max}.',
  'queue.error.organizationRequired': 'يرجى إدخال منظمة المتكلم.',
  'queue.error.organizationTooLong': 'يرجى ألا يتجاوز عدد أحرف اسم المنظمة {max}.',
  'queue.error.registrationIdInvalid': 'تسجيل هذا المتكلم غير صالح.',
  'queue.error.onBehalfInvalid':
    'يرجى بيان ما إذا كنتم تتكلمون باسم منظمتكم أو باسم مجموعة أو تحالف.',
  'queue.error.onBehalfNotRegistered':
    'يمكنك طلب الكلمة باسم منظمتك أو باسم المجموعة التي سجّلت للتحدث باسمها، وليس باسم «{group}». يمكن لفريق الرئيس إضافة بيان باسم مجموعة أخرى.',
  'queue.error.groupNameRequired': 'يرجى ذكر اسم المجموعة أو التحالف.',
  'queue.error.groupNameTooLong': 'يرجى ألا يتجاوز عدد أحرف اسم المجموعة {max}.',
  'queue.error.groupMembersRequired': 'يرجى إدراج المنظمات الأعضاء في المجموعة.',
  'queue.error.tooManyMembers': 'يرجى ألا يتجاوز عدد المنظمات الأعضاء المدرجة {max}.',
  'queue.error.memberTooLong': 'يرجى ألا يتجاوز عدد أحرف اسم كل منظمة عضو {max}.',
  'queue.error.unknownQuestion': 'السؤال التوجيهي «{questionId}» ليس من أسئلة هذه الفعالية.',
  'queue.error.invalidKind': 'المداخلة إما بيان وإما ممارسة لحق الرد.',
  'queue.error.allottedOutOfRange': 'يرجى تخصيص وقت للكلمة يتراوح بين {min} و{max} ثانية.',
};
