import type { ROUNDTABLE_EN } from '../en/roundtable';
import type { Translation } from '../translation';

/** Arabic texts of the roundtable area: its event fields, invitations, matchmaking and breakouts. */
export const ROUNDTABLE_AR: Translation<typeof ROUNDTABLE_EN> = {
  'roundtable.field.invalidShortId':
    'استخدموا من 1 إلى 32 حرفًا لاتينيًا صغيرًا وأرقامًا وشرطات، على أن تبدأ بحرف أو رقم.',
  'roundtable.field.numberTooSmall': 'استخدموا عددًا لا يقل عن {min}.',
  'roundtable.field.numberTooLarge': 'استخدموا عددًا لا يزيد على {max}.',
  'roundtable.field.unknownThematicArea': 'لا يوجد مجال مواضيعي في الفعالية يحمل المعرِّف «{id}».',
  'roundtable.field.unknownRegion': 'لا توجد منطقة في الفعالية تحمل المعرِّف «{id}».',
  'roundtable.field.matchmakingOnly': 'جلسات المواءمة وحدها تتضمن فترات زمنية وطاولات.',
  'roundtable.field.slotOutsideSession':
    'يجب أن تقع الفترة الزمنية داخل الجلسة (من {start} إلى {end}).',
  'roundtable.field.slotsOverlap': 'تتداخل هذه الفترة الزمنية مع الفترة «{id}».',
  'roundtable.field.duplicateChoice': 'الخيار «{id}» مذكور مرتين.',
  'roundtable.field.unknownState': 'اختاروا دولة عضوًا أو دولة مراقبة في الأمم المتحدة.',
  'roundtable.field.invalidDate': 'هذا التاريخ غير صالح.',

  'roundtable.programme.current': 'الآن: {title}، حتى {end}.',
  'roundtable.programme.next': 'التالي: {title}، في الساعة {start}.',
  'roundtable.programme.nothingLeft': 'انتهى البرنامج.',
  'roundtable.programme.badZone':
    '«{zone}» ليست منطقة زمنية تعرفها هذه الخدمة. استخدموا اسمًا من قاعدة IANA مثل Europe/Zurich.',
  'roundtable.api.unknownEvent': 'لا توجد فعالية تحمل هذا المعرِّف.',
  'roundtable.api.notRoundtable': 'هذه الفعالية ليست اجتماع مائدة مستديرة حضوريًا.',
  'roundtable.api.chairOnly': 'لا يمكن إلا لفريق الرئاسة الاطلاع على هذه القوائم وتصديرها.',
  'roundtable.api.notRegistered': 'لستم مسجَّلين في اجتماع المائدة المستديرة هذا.',
  'roundtable.api.badAnswer': 'أجيبوا بـ "accept" أو "decline".',

  'roundtable.level.minister': 'وزير',
  'roundtable.level.deputyMinister': 'نائب وزير',
  'roundtable.level.ambassador': 'سفير',
  'roundtable.level.other': 'غير ذلك',
  'roundtable.invitation.status.noAnswer': 'لم يصل رد بعد',
  'roundtable.invitation.status.accepted': 'مقبولة',
  'roundtable.invitation.status.declined': 'معتذَر عنها',
  'roundtable.invitation.stale':
    'غيّر شخص آخر هذه الدعوة في هذه الأثناء؛ أعيدوا تحميلها وحاولوا مرة أخرى.',
  'roundtable.invitation.alreadyAccepted': 'الدعوة مقبولة بالفعل؛ غيّروا رئيس الوفد بدلًا من ذلك.',
  'roundtable.invitation.alreadyDeclined': 'سبق الاعتذار عن الدعوة.',
  'roundtable.invitation.notAccepted': 'لم تُقبل الدعوة.',
  'roundtable.invitation.noAnswerYet': 'لا يوجد رد لمحوه.',
  'roundtable.invitation.remarksAlreadyRequested':
    'سبق طلب إلقاء كلمة افتتاحية موجزة؛ ويحتفظ الطلب الأول بترتيبه.',
  'roundtable.invitation.remarksNotRequested': 'لم يُطلب إلقاء أي كلمة افتتاحية.',

  'roundtable.matchmaking.status.proposed': 'مقترَح',
  'roundtable.matchmaking.status.acceptedByProvider': 'قبلته الجهة المقدِّمة',
  'roundtable.matchmaking.status.acceptedByState': 'قبلته الدولة',
  'roundtable.matchmaking.status.matched': 'تمت المواءمة',
  'roundtable.matchmaking.status.declined': 'مرفوض',
  'roundtable.matchmaking.alreadyAccepted': 'سبق أن قبلتم هذا الاجتماع.',
  'roundtable.matchmaking.alreadyDeclined': 'رُفض هذا الاجتماع.',
  'roundtable.matchmaking.unplaced.noSlots': 'لا تتضمن جلسة المواءمة فترات زمنية أو طاولات.',
  'roundtable.matchmaking.unplaced.partiesBusy':
    'في كل فترة زمنية، لدى أحد الطرفين اجتماع آخر بالفعل.',
  'roundtable.matchmaking.unplaced.tablesFull':
    'جميع الطاولات محجوزة في الفترات الزمنية التي يكون فيها الطرفان متاحين.',

  'roundtable.breakout.unknownGroup': 'لا توجد مجموعة فرعية «{id}».',
  'roundtable.breakout.unknownParticipant': 'هذا المشارك غير مدرج في خطة توزيع المجموعات الفرعية.',
  'roundtable.breakout.alreadyInGroup': 'المشارك موجود بالفعل في هذه المجموعة.',
  'roundtable.breakout.groupFull':
    'المجموعة مكتملة (عدد المقاعد: {capacity})؛ أكّدوا لإلحاق المشارك بها رغم ذلك.',
  'roundtable.breakout.overflow':
    'عدد المشاركين الذين ليس لهم مقعد: {count}؛ إذ تبلغ السعة الإجمالية للمجموعات {capacity}. أضيفوا مقاعد أو وزّعوهم يدويًا.',
};
