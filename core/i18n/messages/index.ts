/**
 * The catalog files, one flat key -> ICU message JSON per language and area (the format
 * translation platforms import). English is the reference: its keys are the `MessageKey` type.
 */
import en_attendance from './en/attendance.json';
import en_auth from './en/auth.json';
import en_bot from './en/bot.json';
import en_cards from './en/cards.json';
import en_chatWords from './en/chat-words.json';
import en_common from './en/common.json';
import en_desk from './en/desk.json';
import en_event from './en/event.json';
import en_exports from './en/exports.json';
import en_language from './en/language.json';
import en_limits from './en/limits.json';
import en_meetingBot from './en/meeting-bot.json';
import en_meeting from './en/meeting.json';
import en_outbox from './en/outbox.json';
import en_queue from './en/queue.json';
import en_registration from './en/registration.json';
import en_roundtableBot from './en/roundtable-bot.json';
import en_roundtable from './en/roundtable.json';
import en_sessions from './en/sessions.json';
import en_speakersList from './en/speakers-list.json';
import en_tabA11y from './en/tab-a11y.json';
import en_summary from './en/summary.json';
import en_balance from './en/balance.json';
import en_summaryMore from './en/summary-more.json';
import en_tabRoundtable from './en/tab-roundtable.json';
import en_tab from './en/tab.json';
import en_webPage from './en/web-page.json';
import en_teamsHost from './en/teams-host.json';
import en_questionLabels from './en/question-labels.json';
import en_writtenInputReview from './en/written-input-review.json';
import en_email from './en/email.json';
import en_deskMore from './en/desk-more.json';
import en_webFollowup from './en/web-followup.json';
import fr_attendance from './fr/attendance.json';
import fr_auth from './fr/auth.json';
import fr_bot from './fr/bot.json';
import fr_cards from './fr/cards.json';
import fr_chatWords from './fr/chat-words.json';
import fr_common from './fr/common.json';
import fr_desk from './fr/desk.json';
import fr_event from './fr/event.json';
import fr_exports from './fr/exports.json';
import fr_language from './fr/language.json';
import fr_limits from './fr/limits.json';
import fr_meetingBot from './fr/meeting-bot.json';
import fr_meeting from './fr/meeting.json';
import fr_outbox from './fr/outbox.json';
import fr_queue from './fr/queue.json';
import fr_registration from './fr/registration.json';
import fr_roundtableBot from './fr/roundtable-bot.json';
import fr_roundtable from './fr/roundtable.json';
import fr_sessions from './fr/sessions.json';
import fr_speakersList from './fr/speakers-list.json';
import fr_tabA11y from './fr/tab-a11y.json';
import fr_summary from './fr/summary.json';
import fr_balance from './fr/balance.json';
import fr_summaryMore from './fr/summary-more.json';
import fr_tabRoundtable from './fr/tab-roundtable.json';
import fr_tab from './fr/tab.json';
import fr_webPage from './fr/web-page.json';
import fr_teamsHost from './fr/teams-host.json';
import fr_questionLabels from './fr/question-labels.json';
import fr_writtenInputReview from './fr/written-input-review.json';
import fr_email from './fr/email.json';
import fr_deskMore from './fr/desk-more.json';
import fr_webFollowup from './fr/web-followup.json';
import es_attendance from './es/attendance.json';
import es_auth from './es/auth.json';
import es_bot from './es/bot.json';
import es_cards from './es/cards.json';
import es_chatWords from './es/chat-words.json';
import es_common from './es/common.json';
import es_desk from './es/desk.json';
import es_event from './es/event.json';
import es_exports from './es/exports.json';
import es_language from './es/language.json';
import es_limits from './es/limits.json';
import es_meetingBot from './es/meeting-bot.json';
import es_meeting from './es/meeting.json';
import es_outbox from './es/outbox.json';
import es_queue from './es/queue.json';
import es_registration from './es/registration.json';
import es_roundtableBot from './es/roundtable-bot.json';
import es_roundtable from './es/roundtable.json';
import es_sessions from './es/sessions.json';
import es_speakersList from './es/speakers-list.json';
import es_tabA11y from './es/tab-a11y.json';
import es_summary from './es/summary.json';
import es_balance from './es/balance.json';
import es_summaryMore from './es/summary-more.json';
import es_tabRoundtable from './es/tab-roundtable.json';
import es_tab from './es/tab.json';
import es_webPage from './es/web-page.json';
import es_teamsHost from './es/teams-host.json';
import es_questionLabels from './es/question-labels.json';
import es_writtenInputReview from './es/written-input-review.json';
import es_email from './es/email.json';
import es_deskMore from './es/desk-more.json';
import es_webFollowup from './es/web-followup.json';
import ar_attendance from './ar/attendance.json';
import ar_auth from './ar/auth.json';
import ar_bot from './ar/bot.json';
import ar_cards from './ar/cards.json';
import ar_chatWords from './ar/chat-words.json';
import ar_common from './ar/common.json';
import ar_desk from './ar/desk.json';
import ar_event from './ar/event.json';
import ar_exports from './ar/exports.json';
import ar_language from './ar/language.json';
import ar_limits from './ar/limits.json';
import ar_meetingBot from './ar/meeting-bot.json';
import ar_meeting from './ar/meeting.json';
import ar_outbox from './ar/outbox.json';
import ar_queue from './ar/queue.json';
import ar_registration from './ar/registration.json';
import ar_roundtableBot from './ar/roundtable-bot.json';
import ar_roundtable from './ar/roundtable.json';
import ar_sessions from './ar/sessions.json';
import ar_speakersList from './ar/speakers-list.json';
import ar_tabA11y from './ar/tab-a11y.json';
import ar_summary from './ar/summary.json';
import ar_balance from './ar/balance.json';
import ar_summaryMore from './ar/summary-more.json';
import ar_tabRoundtable from './ar/tab-roundtable.json';
import ar_tab from './ar/tab.json';
import ar_webPage from './ar/web-page.json';
import ar_teamsHost from './ar/teams-host.json';
import ar_questionLabels from './ar/question-labels.json';
import ar_writtenInputReview from './ar/written-input-review.json';
import ar_email from './ar/email.json';
import ar_deskMore from './ar/desk-more.json';
import ar_webFollowup from './ar/web-followup.json';
import zh_attendance from './zh/attendance.json';
import zh_auth from './zh/auth.json';
import zh_bot from './zh/bot.json';
import zh_cards from './zh/cards.json';
import zh_chatWords from './zh/chat-words.json';
import zh_common from './zh/common.json';
import zh_desk from './zh/desk.json';
import zh_event from './zh/event.json';
import zh_exports from './zh/exports.json';
import zh_language from './zh/language.json';
import zh_limits from './zh/limits.json';
import zh_meetingBot from './zh/meeting-bot.json';
import zh_meeting from './zh/meeting.json';
import zh_outbox from './zh/outbox.json';
import zh_queue from './zh/queue.json';
import zh_registration from './zh/registration.json';
import zh_roundtableBot from './zh/roundtable-bot.json';
import zh_roundtable from './zh/roundtable.json';
import zh_sessions from './zh/sessions.json';
import zh_speakersList from './zh/speakers-list.json';
import zh_tabA11y from './zh/tab-a11y.json';
import zh_summary from './zh/summary.json';
import zh_balance from './zh/balance.json';
import zh_summaryMore from './zh/summary-more.json';
import zh_tabRoundtable from './zh/tab-roundtable.json';
import zh_tab from './zh/tab.json';
import zh_webPage from './zh/web-page.json';
import zh_teamsHost from './zh/teams-host.json';
import zh_questionLabels from './zh/question-labels.json';
import zh_writtenInputReview from './zh/written-input-review.json';
import zh_email from './zh/email.json';
import zh_deskMore from './zh/desk-more.json';
import zh_webFollowup from './zh/web-followup.json';
import ru_attendance from './ru/attendance.json';
import ru_auth from './ru/auth.json';
import ru_bot from './ru/bot.json';
import ru_cards from './ru/cards.json';
import ru_chatWords from './ru/chat-words.json';
import ru_common from './ru/common.json';
import ru_desk from './ru/desk.json';
import ru_event from './ru/event.json';
import ru_exports from './ru/exports.json';
import ru_language from './ru/language.json';
import ru_limits from './ru/limits.json';
import ru_meetingBot from './ru/meeting-bot.json';
import ru_meeting from './ru/meeting.json';
import ru_outbox from './ru/outbox.json';
import ru_queue from './ru/queue.json';
import ru_registration from './ru/registration.json';
import ru_roundtableBot from './ru/roundtable-bot.json';
import ru_roundtable from './ru/roundtable.json';
import ru_sessions from './ru/sessions.json';
import ru_speakersList from './ru/speakers-list.json';
import ru_tabA11y from './ru/tab-a11y.json';
import ru_summary from './ru/summary.json';
import ru_balance from './ru/balance.json';
import ru_summaryMore from './ru/summary-more.json';
import ru_tabRoundtable from './ru/tab-roundtable.json';
import ru_tab from './ru/tab.json';
import ru_webPage from './ru/web-page.json';
import ru_teamsHost from './ru/teams-host.json';
import ru_questionLabels from './ru/question-labels.json';
import ru_writtenInputReview from './ru/written-input-review.json';
import ru_email from './ru/email.json';
import ru_deskMore from './ru/desk-more.json';
import ru_webFollowup from './ru/web-followup.json';

/** English texts, the reference language; keys are dotted by area and unique across files. */
export const EN = {
  ...en_attendance,
  ...en_auth,
  ...en_bot,
  ...en_cards,
  ...en_chatWords,
  ...en_common,
  ...en_desk,
  ...en_event,
  ...en_exports,
  ...en_language,
  ...en_limits,
  ...en_meetingBot,
  ...en_meeting,
  ...en_outbox,
  ...en_queue,
  ...en_registration,
  ...en_roundtableBot,
  ...en_roundtable,
  ...en_sessions,
  ...en_speakersList,
  ...en_tabA11y,
  ...en_summary,
  ...en_balance,
  ...en_summaryMore,
  ...en_tabRoundtable,
  ...en_tab,
  ...en_webPage,
  ...en_teamsHost,
  ...en_questionLabels,
  ...en_writtenInputReview,
  ...en_email,
  ...en_deskMore,
  ...en_webFollowup,
};

export type EnglishKey = keyof typeof EN;

/** Every other language: the completeness spec checks each has exactly the English keys. */
export const TRANSLATIONS: Record<
  'fr' | 'es' | 'ar' | 'zh' | 'ru',
  Readonly<Record<string, string>>
> = {
  fr: {
    ...fr_attendance,
    ...fr_auth,
    ...fr_bot,
    ...fr_cards,
    ...fr_chatWords,
    ...fr_common,
    ...fr_desk,
    ...fr_event,
    ...fr_exports,
    ...fr_language,
    ...fr_limits,
    ...fr_meetingBot,
    ...fr_meeting,
    ...fr_outbox,
    ...fr_queue,
    ...fr_registration,
    ...fr_roundtableBot,
    ...fr_roundtable,
    ...fr_sessions,
    ...fr_speakersList,
    ...fr_tabA11y,
    ...fr_summary,
    ...fr_balance,
    ...fr_summaryMore,
    ...fr_tabRoundtable,
    ...fr_tab,
    ...fr_webPage,
    ...fr_teamsHost,
    ...fr_questionLabels,
    ...fr_writtenInputReview,
    ...fr_email,
    ...fr_deskMore,
    ...fr_webFollowup,
  },
  es: {
    ...es_attendance,
    ...es_auth,
    ...es_bot,
    ...es_cards,
    ...es_chatWords,
    ...es_common,
    ...es_desk,
    ...es_event,
    ...es_exports,
    ...es_language,
    ...es_limits,
    ...es_meetingBot,
    ...es_meeting,
    ...es_outbox,
    ...es_queue,
    ...es_registration,
    ...es_roundtableBot,
    ...es_roundtable,
    ...es_sessions,
    ...es_speakersList,
    ...es_tabA11y,
    ...es_summary,
    ...es_balance,
    ...es_summaryMore,
    ...es_tabRoundtable,
    ...es_tab,
    ...es_webPage,
    ...es_teamsHost,
    ...es_questionLabels,
    ...es_writtenInputReview,
    ...es_email,
    ...es_deskMore,
    ...es_webFollowup,
  },
  ar: {
    ...ar_attendance,
    ...ar_auth,
    ...ar_bot,
    ...ar_cards,
    ...ar_chatWords,
    ...ar_common,
    ...ar_desk,
    ...ar_event,
    ...ar_exports,
    ...ar_language,
    ...ar_limits,
    ...ar_meetingBot,
    ...ar_meeting,
    ...ar_outbox,
    ...ar_queue,
    ...ar_registration,
    ...ar_roundtableBot,
    ...ar_roundtable,
    ...ar_sessions,
    ...ar_speakersList,
    ...ar_tabA11y,
    ...ar_summary,
    ...ar_balance,
    ...ar_summaryMore,
    ...ar_tabRoundtable,
    ...ar_tab,
    ...ar_webPage,
    ...ar_teamsHost,
    ...ar_questionLabels,
    ...ar_writtenInputReview,
    ...ar_email,
    ...ar_deskMore,
    ...ar_webFollowup,
  },
  zh: {
    ...zh_attendance,
    ...zh_auth,
    ...zh_bot,
    ...zh_cards,
    ...zh_chatWords,
    ...zh_common,
    ...zh_desk,
    ...zh_event,
    ...zh_exports,
    ...zh_language,
    ...zh_limits,
    ...zh_meetingBot,
    ...zh_meeting,
    ...zh_outbox,
    ...zh_queue,
    ...zh_registration,
    ...zh_roundtableBot,
    ...zh_roundtable,
    ...zh_sessions,
    ...zh_speakersList,
    ...zh_tabA11y,
    ...zh_summary,
    ...zh_balance,
    ...zh_summaryMore,
    ...zh_tabRoundtable,
    ...zh_tab,
    ...zh_webPage,
    ...zh_teamsHost,
    ...zh_questionLabels,
    ...zh_writtenInputReview,
    ...zh_email,
    ...zh_deskMore,
    ...zh_webFollowup,
  },
  ru: {
    ...ru_attendance,
    ...ru_auth,
    ...ru_bot,
    ...ru_cards,
    ...ru_chatWords,
    ...ru_common,
    ...ru_desk,
    ...ru_event,
    ...ru_exports,
    ...ru_language,
    ...ru_limits,
    ...ru_meetingBot,
    ...ru_meeting,
    ...ru_outbox,
    ...ru_queue,
    ...ru_registration,
    ...ru_roundtableBot,
    ...ru_roundtable,
    ...ru_sessions,
    ...ru_speakersList,
    ...ru_tabA11y,
    ...ru_summary,
    ...ru_balance,
    ...ru_summaryMore,
    ...ru_tabRoundtable,
    ...ru_tab,
    ...ru_webPage,
    ...ru_teamsHost,
    ...ru_questionLabels,
    ...ru_writtenInputReview,
    ...ru_email,
    ...ru_deskMore,
    ...ru_webFollowup,
  },
};
