import type { BOT_EN } from '../en/bot';
import type { Translation } from '../translation';

/** Arabic texts the bot writes in chat outside cards: greetings, help and refusals. */
export const BOT_AR: Translation<typeof BOT_EN> = {
  'bot.welcome':
    'مرحبًا بكم. أتولّى التسجيل في اجتماعات الرئيس مع أصحاب المصلحة: قطاع الأعمال، والمنظمات غير الحكومية، والأوساط الأكاديمية، والأوساط التقنية. يسجّل كل مشارك هنا بصفته الفردية، قبل الموعد النهائي.',
  'bot.help':
    'يمكنكم كتابة ما يلي:\n- **register** (تسجيل): لعرض الفعاليات المفتوح باب التسجيل فيها والتسجيل\n- **my registration** (تسجيلي): لعرض تسجيلكم أو تعديله أو سحبه حتى الموعد النهائي\n- **statement** (بيان): لإرسال مساهمة مكتوبة (أو إرفاق ملف بصيغة PDF أو DOCX أو TXT هنا)\n- **language fr** (اللغة): لتغيير اللغة التي أكتب إليكم بها (ar وen وes وfr وru وzh)\n- **help** (مساعدة): لعرض هذه القائمة\n\nويمكن لفريق الرئاسة أيضًا كتابة **registrations** (أعداد التسجيلات حسب الفئة) و**export** (رابط لتنزيل ملف CSV) و**inputs** (المساهمات المكتوبة المراد نشرها أو حجبها).',
  'bot.unidentified':
    'عذرًا، لم يُبلغني Teams بهويتكم (لا توجد هوية Microsoft Entra في هذه الرسالة)، لذا لا يمكنني تسجيلكم. يرجى استخدام Microsoft Teams بحساب العمل أو الحساب المدرسي.',
  'bot.personalOnly': 'يجري التسجيل في محادثة شخصية معي. يرجى فتح محادثة فردية مع البوت.',
  'bot.unknownAction': 'هذه البطاقة لم تعد محدَّثة. اكتبوا "help" لمعرفة ما يمكنكم القيام به.',
  'organizer.refused': 'هذا الأمر مقصور على فريق الرئاسة.',
  'organizer.noEvents': 'لم تُستورد أي فعالية بعد.',
  'organizer.exportLinkInvalid':
    'رابط التصدير هذا غير معروف أو سبق استخدامه أو انتهت صلاحيته. اطلبوا رابطًا جديدًا من البوت.',
  'notice.title.default': 'تسجيل أصحاب المصلحة',
  'notice.title.warning': 'يرجى الانتباه',
  'notice.title.good': 'تم',
};
