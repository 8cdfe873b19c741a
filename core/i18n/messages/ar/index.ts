/** The Arabic catalog: this folder's area files merged (keys are unique across them). */
import attendance from './attendance.json';
import auth from './auth.json';
import bot from './bot.json';
import cards from './cards.json';
import chatWords from './chat-words.json';
import common from './common.json';
import desk from './desk.json';
import event from './event.json';
import exports from './exports.json';
import language from './language.json';
import limits from './limits.json';
import meetingBot from './meeting-bot.json';
import meeting from './meeting.json';
import outbox from './outbox.json';
import queue from './queue.json';
import registration from './registration.json';
import roundtableBot from './roundtable-bot.json';
import roundtable from './roundtable.json';
import sessions from './sessions.json';
import speakersList from './speakers-list.json';
import tabA11y from './tab-a11y.json';
import summary from './summary.json';
import balance from './balance.json';
import summaryMore from './summary-more.json';
import tabRoundtable from './tab-roundtable.json';
import tab from './tab.json';
import webPage from './web-page.json';
import teamsHost from './teams-host.json';
import questionLabels from './question-labels.json';
import writtenInputReview from './written-input-review.json';
import email from './email.json';
import deskMore from './desk-more.json';
import webFollowup from './web-followup.json';

export default {
  ...attendance,
  ...auth,
  ...bot,
  ...cards,
  ...chatWords,
  ...common,
  ...desk,
  ...event,
  ...exports,
  ...language,
  ...limits,
  ...meetingBot,
  ...meeting,
  ...outbox,
  ...queue,
  ...registration,
  ...roundtableBot,
  ...roundtable,
  ...sessions,
  ...speakersList,
  ...tabA11y,
  ...summary,
  ...balance,
  ...summaryMore,
  ...tabRoundtable,
  ...tab,
  ...webPage,
  ...teamsHost,
  ...questionLabels,
  ...writtenInputReview,
  ...email,
  ...deskMore,
  ...webFollowup,
};
