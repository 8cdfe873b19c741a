import type { ROUNDTABLE_BOT_EN } from '../en/roundtable-bot';
import type { Translation } from '../translation';

/** Arabic texts of the roundtable in chat: programme, invitations, matchmaking, breakouts. */
export const ROUNDTABLE_BOT_AR: Translation<typeof ROUNDTABLE_BOT_EN> = {
  'rt.help':
    "أوامر اجتماع المائدة المستديرة (تُكتب بالإنكليزية): programme، what's next، my matches، accept match ID، decline match ID، my schedule، breakout GROUP-IDS (حسب ترتيب الأفضلية)، my breakout. ويمكن لفريق الرئاسة أيضًا كتابة: invitations، invite all، accept CODE LEVEL NAME, TITLE، decline CODE [السبب]، remarks CODE، invitations export، opening remarks، opening remarks to queue، matchmaking propose، matchmaking schedule، breakouts، breakouts assign، breakout move REF-CODE GROUP [force]، breakouts export.",
  'rt.noEvent': 'لا يوجد اجتماع مائدة مستديرة حضوري للعمل عليه.',
  'rt.notRegistered':
    'لستم مسجَّلين في اجتماع المائدة المستديرة. اكتبوا "register" لعرض الفعاليات المفتوح باب التسجيل فيها.',
  'rt.chairOnly': 'هذا الأمر مقصور على فريق الرئاسة.',
  'rt.usage': 'لم أفهم أمر المائدة المستديرة هذا. {usage}',
  'rt.stale': 'غيّر شخص آخر هذا العنصر في اللحظة نفسها؛ يرجى المحاولة مرة أخرى.',

  'rt.programme.title': 'البرنامج: {title}',
  'rt.programme.zones':
    'المواعيد بتوقيت {eventZone} (توقيت الفعالية) وبتوقيت {userZone} (توقيتكم).',
  'rt.programme.line': '{date} {start}-{end} ({userDate} {userStart}-{userEnd} بتوقيتكم): {title}',
  'rt.programme.location': 'المكان: {location}',
  'rt.programme.moderators': 'يدير النقاش: {people}',
  'rt.programme.speakers': 'المتكلمون: {people}',
  'rt.programme.tbc': '{name} (يؤكَّد لاحقًا)',
  'rt.programme.chooseEvent': 'أنتم مسجَّلون في عدة فعاليات؛ وفيما يلي برنامج كل منها.',
  'rt.whatsNext.title': 'البند التالي: {title}',
  'rt.whatsNext.eventTime': 'توقيت الفعالية ({zone}): {time}',
  'rt.whatsNext.yourTime': 'توقيتكم ({zone}): {time}',

  'rt.invitations.title': 'الدعوات: {title}',
  'rt.invitations.counts':
    'عدد المدعوين: {total}؛ القبول: {accepted}؛ الاعتذار: {declined}؛ دون رد: {noAnswer}؛ طلبات إلقاء كلمة افتتاحية: {remarks}.',
  'rt.invitations.levels':
    'القبول حسب المستوى: وزراء: {minister}؛ نواب وزراء: {deputyMinister}؛ سفراء: {ambassador}؛ غير ذلك: {other}.',
  'rt.invitations.byStatus': '{status} ({count}): {states}',
  'rt.invitations.none':
    'لا توجد دعوات بعد. اكتبوا "invite all" لدعوة جميع الدول الأعضاء والدول المراقبة.',
  'rt.invitations.invited':
    'أُنشئت دعوات جديدة عددها {added}؛ وبلغ مجموع الدول المدعوة {total} (الدول الأعضاء والدول المراقبة).',
  'rt.invitations.unknownState':
    '«{code}» ليس رمز ISO لدولة عضو أو دولة مراقبة في الأمم المتحدة. لم يُغيَّر أي شيء.',
  'rt.invitations.notInvited': 'لم تُوجَّه الدعوة إلى {state} بعد؛ اكتبوا "invite all" أولًا.',
  'rt.invitations.recorded': '{state}: {status}.',
  'rt.invitations.acceptedBy': 'قبلت {state}: {name}، {title} ({level}).',
  'rt.invitations.remarksRecorded':
    '{state}: طُلب إلقاء كلمة افتتاحية لـ {name}؛ الترتيب {position} في قائمة المتكلمين.',
  'rt.invitations.badLevel':
    'حدِّدوا المستوى بإحدى القيم minister أو deputy minister أو ambassador أو other، مثل "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.invitations.badAccept':
    'اكتبوا "accept CODE LEVEL NAME, TITLE"، مثل "accept SG minister Josephine Teo, Minister for Digital Development and Information".',
  'rt.remarks.title': 'ترتيب الكلمات الافتتاحية: {title}',
  'rt.remarks.line': '{position}. {state}: {name}، {title} ({level})',
  'rt.remarks.none': 'لم يطلب أي رئيس وفد إلقاء كلمة افتتاحية بعد.',
  'rt.remarks.queued':
    'أُضيف إلى قائمة المتكلمين وفق ترتيب الأسبقية متكلمون عددهم {added}؛ وكان {skipped} منهم مدرجين فيها بالفعل.',

  'rt.participation.heading': 'لاجتماع المائدة المستديرة',
  'rt.participation.delegation': 'وفد (لأعضاء وفود الدول)',
  'rt.participation.delegationPlaceholder': 'اختاروا الدولة',
  'rt.participation.areas':
    'مجالات بناء القدرات: ما تقدّمونه (للجهات المقدِّمة) أو ما تحتاج إليه دولتكم',
  'rt.participation.region': 'منطقة العرض أو الاحتياج',
  'rt.participation.regionPlaceholder': 'اختاروا منطقة',
  'rt.participation.breakout': 'المجموعة الفرعية، الخيار رقم {rank}',
  'rt.participation.breakoutPlaceholder': 'لا تفضيل',
  'rt.participation.delegationRequired':
    'اختاروا الدولة التي تنتمون إلى وفدها (يجب أن تكون قد دُعيت).',
  'rt.participation.delegationOnlyForStates':
    'لا يختار الوفد إلا أعضاء وفود الدول الأعضاء أو الدول المراقبة.',
  'rt.participation.notInvited': 'لم تُدعَ هذه الدولة إلى اجتماع المائدة المستديرة.',
  'rt.participation.invalid': 'بعض بيانات المائدة المستديرة غير صالحة: {details}',

  'rt.match.proposed':
    'مجموع المقترحات: {count} (منها {added} جديدة). ويطّلع عليها كل طرف بالأمر "my matches".',
  'rt.match.noDeclarations':
    'لا توجد مقترحات: لا يتقاطع أي عرض من الجهات المقدِّمة حتى الآن مع احتياج دولة في مجال مواضيعي.',
  'rt.match.title': 'مقترحات المواءمة الخاصة بكم',
  'rt.match.told':
    'مقترحات جديدة عددها {count} في طريقها إلى الأشخاص المعنيين، مع زرَّي القبول والرفض.',
  'rt.match.line': '{id}: {provider} مع {state}؛ المجالات المشتركة: {areas}. الحالة: {status}.',
  'rt.match.none': 'ليست لديكم مقترحات مواءمة.',
  'rt.match.accept': 'قبول {id}',
  'rt.match.decline': 'رفض {id}',
  'rt.match.unknown': 'لا يوجد مقترح مواءمة «{id}» خاص بكم.',
  'rt.match.answered': 'سُجِّل بشأن {id}: {status}.',
  'rt.match.scheduled':
    'الاجتماعات المجدولة: {meetings}؛ الأزواج المتوائمة التي تعذّر تحديد موعد لها: {unplaced}.',
  'rt.match.unplacedLine': '{id}: {reason}',
  'rt.schedule.title': 'اجتماعات المواءمة الخاصة بكم',
  'rt.schedule.told': 'جداول جديدة أو معدَّلة عددها {count} في طريقها إلى محادثات الأشخاص المعنيين.',
  'rt.schedule.line':
    '{start}-{end} بتوقيت الفعالية ({userStart}-{userEnd} بتوقيتكم)، {table}: {provider} مع {state}',
  'rt.schedule.none': 'ليست لديكم اجتماعات مواءمة مجدولة بعد.',

  'rt.breakout.saved': 'حُفظت تفضيلاتكم بشأن المجموعات الفرعية: {groups}.',
  'rt.breakout.assigned':
    'المشاركون الموزَّعون على المجموعات الفرعية: {placed}؛ دون مقعد: {overflow}.',
  'rt.breakout.noPlan': 'لم تُوزَّع المجموعات الفرعية بعد.',
  'rt.breakout.groupLine': '{title} ({count}/{capacity}): {people}',
  'rt.breakout.overflowLine': 'دون مقعد: {people}',
  'rt.breakout.yours': 'مجموعتكم الفرعية: {title}{location}.',
  'rt.breakout.notPlaced': 'ليست لديكم مجموعة فرعية بعد.',
  'rt.breakout.moved': 'أصبح {name} ({code}) الآن في {title}.',
  'rt.breakout.unknownCode': 'لا يحمل أي مسجَّل في اجتماع المائدة المستديرة الرمز المرجعي {code}.',
  'rt.breakout.none': 'لا توجد مجموعات فرعية في هذه الفعالية.',

  'rt.export.none': 'لا يوجد ما يُصدَّر بعد.',
};
