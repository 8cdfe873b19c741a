import type { TAB_ROUNDTABLE_EN } from '../en/tab-roundtable';
import type { Translation } from '../translation';

/** Arabic texts of the tab's roundtable pages: the programme, one's own schedule, the chair's lists. */
export const TAB_ROUNDTABLE_AR: Translation<typeof TAB_ROUNDTABLE_EN> = {
  'tab.programme.heading': 'البرنامج',
  'tab.programme.zones':
    'المواعيد مبيّنة بالمنطقة الزمنية للفعالية ({eventZone}) وبمنطقتكم الزمنية ({viewerZone}).',
  'tab.programme.eventTime': 'توقيت الفعالية ({zone})',
  'tab.programme.yourTime': 'توقيتكم ({zone})',
  'tab.programme.span': '{date}، {start}–{end}',
  'tab.programme.where': 'المكان',
  'tab.programme.moderators': 'يدير النقاش',
  'tab.programme.speakers': 'المتكلمون',
  'tab.programme.tbc': '{name} (يؤكَّد لاحقًا)',
  'tab.programme.now': 'الآن',
  'tab.programme.next': 'التالي',
  'tab.programme.nothingLeft': 'انتهى البرنامج.',
  'tab.programme.none': 'لا يوجد برنامج لهذه الفعالية بعد.',
  'tab.programme.loadFailed': 'تعذّر تحميل البرنامج. يرجى إعادة تحميل علامة التبويب.',

  'tab.mySchedule.heading': 'جدولي',
  'tab.mySchedule.notRegistered':
    'بعد تسجيلكم في اجتماع المائدة المستديرة هذا، ستظهر هنا اجتماعات المواءمة ومجموعتكم الفرعية. للتسجيل، افتحوا محادثة شخصية مع البوت واكتبوا "register".',
  'tab.mySchedule.meetings': 'اجتماعات المواءمة',
  'tab.mySchedule.noMeetings': 'ليست لديكم اجتماعات مواءمة مجدولة بعد.',
  'tab.mySchedule.meetingWith': '{table}، مع {counterpart}',
  'tab.mySchedule.proposals': 'مقترحات المواءمة',
  'tab.mySchedule.noProposals': 'لا يوجد مقترح مواءمة مفتوح لكم.',
  'tab.mySchedule.proposal': '{counterpart}. المجالات المشتركة: {areas}.',
  'tab.mySchedule.accept': 'قبول',
  'tab.mySchedule.decline': 'رفض',
  'tab.mySchedule.acceptLabel': 'قبول الاجتماع مع {counterpart}',
  'tab.mySchedule.declineLabel': 'رفض الاجتماع مع {counterpart}',
  'tab.mySchedule.answerFailed': 'تعذّر تسجيل ردكم. يرجى المحاولة مرة أخرى.',
  'tab.mySchedule.breakout': 'المجموعة الفرعية',
  'tab.mySchedule.noBreakout': 'ليست لديكم مجموعة فرعية بعد.',
  'tab.match.status.proposed': 'مقترَح',
  'tab.match.status.acceptedByProvider': 'قبلته الجهة المقدِّمة',
  'tab.match.status.acceptedByState': 'قبلته الدولة',
  'tab.match.status.matched': 'تمت المواءمة',
  'tab.match.status.declined': 'مرفوض',

  'tab.invitations.heading': 'الدعوات',
  'tab.invitations.summary':
    'الدول المدعوة: {total}؛ القبول: {accepted}؛ الاعتذار: {declined}؛ دون رد: {noAnswer}. طلبات إلقاء كلمة افتتاحية: {remarks}.',
  'tab.invitations.caption':
    'الدعوات الموجَّهة إلى الدول الأعضاء والدول المراقبة: المعروض {shown} من {total}',
  'tab.invitations.filter': 'عرض',
  'tab.invitations.filterAll': 'جميع الدعوات',
  'tab.invitations.status.noAnswer': 'لم يصل رد بعد',
  'tab.invitations.status.accepted': 'مقبولة',
  'tab.invitations.status.declined': 'معتذَر عنها',
  'tab.invitations.col.state': 'الدولة',
  'tab.invitations.col.status': 'الحالة',
  'tab.invitations.col.head': 'رئيس الوفد',
  'tab.invitations.col.level': 'المستوى',
  'tab.invitations.col.remarks': 'الكلمة الافتتاحية',
  'tab.invitations.remarksRequested': 'مطلوبة',
  'tab.invitations.remarksNone': 'لا',
  'tab.invitations.none':
    'لم تُدعَ أي دولة بعد. لدعوتها جميعًا، اكتبوا "invite all" في محادثة شخصية مع البوت.',
  'tab.level.minister': 'وزير',
  'tab.level.deputyMinister': 'نائب وزير',
  'tab.level.ambassador': 'سفير',
  'tab.level.other': 'غير ذلك',

  'tab.breakouts.heading': 'المجموعات الفرعية',
  'tab.breakouts.caption': '{title}: المقاعد المشغولة {count} من {capacity}',
  'tab.breakouts.col.name': 'الاسم',
  'tab.breakouts.col.organization': 'المنظمة',
  'tab.breakouts.col.reference': 'الرقم المرجعي',
  'tab.breakouts.empty': 'لم يُلحق أحد بهذه المجموعة.',
  'tab.breakouts.notAssigned':
    'لم تُوزَّع المجموعات الفرعية بعد. لتوزيعها، اكتبوا "breakouts assign" في محادثة شخصية مع البوت.',
  'tab.breakouts.overflow': 'دون مقعد: {count}',

  'tab.export.csv': 'تصدير CSV',
  'tab.export.invitations': 'تصدير الدعوات بصيغة CSV',
  'tab.export.breakouts': 'تصدير المجموعات الفرعية بصيغة CSV',
  'tab.export.link': 'تنزيل ملف CSV (يعمل الرابط مرة واحدة، لمدة 15 دقيقة)',
  'tab.export.failed': 'تعذّر إعداد ملف التصدير. يرجى المحاولة مرة أخرى.',
  'tab.roundtable.loadFailed': 'تعذّر تحميل هذه القوائم. يرجى إعادة تحميل علامة التبويب.',
};
