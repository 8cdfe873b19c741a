import { escapeHtml as h } from '../../core/meeting/html-text';
import { isRightToLeft, type Translate } from '../../core/i18n/catalog';
import { languageChoices } from '../../core/i18n/language-names';
import type { EventDefinition } from '../../core/event/event';
import type { EventInstants } from '../../core/event/event-times';
import type { RegistrationPhase } from '../../core/registration/registration-window';
import { formatInZone } from '../../core/time/zoned-time';
import { REGISTER_PAGE_CSS } from './register-page-css';

/** Where the page's chat gets its pieces: its token route and the Web Chat bundle. */
export interface ChatAssets {
  tokenUrl: string;
  webChatScript: string;
  pageScript: string;
}

/** What the public registration page shows; `event` is already in the reader's language. */
export interface RegisterPage {
  t: Translate;
  event: EventDefinition;
  instants: EventInstants;
  phase: RegistrationPhase;
  /** Absent: Direct Line is not configured, the page says so and offers Teams. */
  chat?: ChatAssets;
  /** The Teams deep link to the bot (absent without a bot app id). */
  teamsLink?: string;
}

/** Marks where the browser puts the reader's local time in a translated line. */
const TIME_MARK = '%TIME%';

/**
 * The public registration page, rendered on the server in the reader's language (right to
 * left in Arabic): the event's times in its own zone (New York) and, filled in by the page's
 * script because only the browser knows it, in the reader's; the guiding questions, the
 * privacy notice, the chat (while registration is open) and the Teams link.
 */
export function registerPageHtml(page: RegisterPage): string {
  const { t, event, instants } = page;
  const language = t.language;
  const dir = isRightToLeft(language) ? 'rtl' : 'ltr';
  const scripts = page.phase === 'open' && page.chat ? chatScripts(page.chat) : '';
  const pageScript = page.chat ? `<script src="${h(page.chat.pageScript)}" defer></script>` : '';
  return `<!doctype html>
<html lang="${language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(t('webPage.title', { title: event.title }))}</title>
<style>${REGISTER_PAGE_CSS}</style>${scripts}${pageScript}</head>
<body><main>
<nav aria-label="${h(t('webPage.languages'))}"><ul>${languageLinks(language)}</ul></nav>
<h1>${h(t('webPage.title', { title: event.title }))}</h1>
<dl>
<dt>${h(t('webPage.when'))}</dt><dd>${times(page, instants.start)}</dd>
<dt>${h(t('webPage.deadline'))}</dt><dd>${times(page, instants.registrationDeadline)}</dd>
</dl>
${phaseSection(page)}
<h2>${h(t('webPage.questions'))}</h2>
<ol>${event.guidingQuestions.map((q) => `<li>${h(q.text)}</li>`).join('')}</ol>
<h2>${h(t('webPage.privacy'))}</h2>
<p class="privacy">${h(event.privacyNotice)}</p>
</main></body>
</html>
`;
}

function chatScripts(chat: ChatAssets): string {
  return `<script src="${h(chat.webChatScript)}" defer></script>`;
}

/** The instant in the event's zone, and a line the script fills with the reader's own time. */
function times(page: RegisterPage, instant: Date): string {
  const { t, event } = page;
  const own = inEventZone(page, instant);
  const shown = event.timeZone === 'America/New_York' ? t('webPage.eventTime', { time: own }) : own;
  return `<span>${h(shown)}</span><br>${localLine(page, instant)}`;
}

function inEventZone({ t, event }: RegisterPage, instant: Date): string {
  return formatInZone(instant, event.timeZone, t.language);
}

/** Empty until the page's script writes the reader's time (hidden when it is the same zone). */
function localLine({ t, event }: RegisterPage, instant: Date): string {
  const template = t('webPage.yourTime', { time: TIME_MARK });
  return `<span class="local-time" data-instant="${instant.toISOString()}" data-zone="${h(event.timeZone)}" data-template="${h(template)}"></span>`;
}

function phaseSection(page: RegisterPage): string {
  const { t, instants } = page;
  switch (page.phase) {
    case 'closed': {
      const deadline = instants.registrationDeadline;
      const text = t('webPage.closed', { deadline: inEventZone(page, deadline) });
      return `<section class="status" role="status"><p>${h(text)}</p><p>${localLine(page, deadline)}</p></section>${teams(page)}`;
    }
    case 'notOpen': {
      const opens = instants.registrationOpens;
      const text = t('webPage.notOpen', { opens: inEventZone(page, opens) });
      return `<section class="status" role="status"><p>${h(text)}</p><p>${localLine(page, opens)}</p></section>${teams(page)}`;
    }
    case 'open':
      return `${chatSection(page)}${teams(page)}`;
  }
}

function chatSection({ t, event, chat }: RegisterPage): string {
  if (!chat) return `<section class="status"><p>${h(t('webPage.chat.off'))}</p></section>`;
  return `<section aria-labelledby="chat-heading">
<h2 id="chat-heading">${h(t('webPage.chat.heading'))}</h2>
<p>${h(t('webPage.chat.intro'))}</p>
<div id="webchat" role="region" aria-label="${h(t('webPage.chat.label'))}" data-token-url="${h(chat.tokenUrl)}" data-event-id="${h(event.id)}" data-unavailable="${h(t('webPage.chat.unavailable'))}"></div>
<noscript><p>${h(t('webPage.chat.noScript'))}</p></noscript>
</section>`;
}

function teams({ t, teamsLink }: RegisterPage): string {
  if (!teamsLink) return '';
  return `<p class="teams">${h(t('webPage.teams.intro'))} <a href="${h(teamsLink)}" rel="noopener" target="_blank">${h(t('webPage.teams.link'))}</a></p>`;
}

function languageLinks(current: string): string {
  return languageChoices()
    .map(({ code, name }) => {
      const here = code === current ? ' aria-current="page"' : '';
      return `<li><a href="?lang=${code}" lang="${code}" hreflang="${code}"${here}>${h(name)}</a></li>`;
    })
    .join('');
}

/** A short page for an unknown event, in the reader's language. */
export function registerNotFoundHtml(t: Translate): string {
  const dir = isRightToLeft(t.language) ? 'rtl' : 'ltr';
  const text = t('webPage.notFound');
  return `<!doctype html>
<html lang="${t.language}" dir="${dir}">
<head><meta charset="utf-8"><title>${h(text)}</title><style>${REGISTER_PAGE_CSS}</style></head>
<body><main><h1>${h(text)}</h1></main></body>
</html>
`;
}
