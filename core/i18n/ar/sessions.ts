import type { SESSIONS_EN } from '../en/sessions';
import type { Translation } from '../translation';

/** sessions texts in ar; the type demands every English key. */
export const SESSIONS_AR: Translation<typeof SESSIONS_EN> = {
  'queue.error.unknownSession':
    'لا توجد في هذه الفعالية جلسة "{session}" لها قائمة متكلمين. لم يُغيَّر أي شيء. جلساتها هي: {sessions}.',
  'queue.error.sessionMissing': 'حدِّدوا الجلسة المراد عرضها (sessionId). لم يُغيَّر أي شيء.',
  'tab.session.label': 'الجلسة',
  'tab.session.hintChair': 'اختيار جلسة يعرض قائمة متكلميها على المنصة أيضًا.',
  'tab.session.hintAttendee': 'قائمة المتكلمين في الجلسة التي تختارونها.',
  'tab.session.groupOption': '{session}: {group}',
  'tab.session.chooseFailed': 'تعذّر تغيير الجلسة. يُرجى المحاولة مرة أخرى.',
};
