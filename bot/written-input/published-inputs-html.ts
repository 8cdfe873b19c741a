import type { EventDefinition } from '../../core/event/event';
import type { UntranslatedTexts } from '../../core/event/event-language';
import { foreignPartHtml } from '../../core/text/foreign-part';
import {
  formatLocaleOf,
  isRightToLeft,
  type Language,
  type Translate,
} from '../../core/i18n/catalog';
import { languageChoices } from '../../core/i18n/language-names';
import { escapeHtml as h } from '../../core/meeting/html-text';
import {
  groupByCategory,
  type PublishedFilter,
  type PublishedInput,
} from '../../core/registration/published-inputs';
import { formatInZone } from '../../core/time/zoned-time';
import { PUBLIC_PAGE_CSS } from './public-page-css';

export interface PublishedPage {
  event: EventDefinition;
  inputs: PublishedInput[];
  filter: PublishedFilter;
  language: Language;
  t: Translate;
  /** The event's texts shown in its own language: marked with their `lang` (WCAG 3.1.2). */
  untranslated?: UntranslatedTexts | undefined;
}

/** The public page of published statements: plain, accessible HTML with no script at all. */
export function publishedInputsHtml(page: PublishedPage): string {
  const { event, language, t, untranslated } = page;
  const title = t('inputs.page.title', { title: event.title });
  const own = (text: string) =>
    foreignPartHtml(text, untranslated?.title, untranslated?.language, h);
  return `<!doctype html>
<html lang="${language}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<link rel="alternate" type="application/atom+xml" href="inputs.atom?lang=${language}" title="${h(t('inputs.page.atom'))}">
<link rel="alternate" type="application/feed+json" href="inputs.json?lang=${language}" title="${h(t('inputs.page.json'))}">
<style>${PUBLIC_PAGE_CSS}</style>
</head>
<body>
<header>
<nav aria-label="${h(t('inputs.page.language'))}"><ul>${languageLinks(page)}</ul></nav>
<h1>${own(title)}</h1>
<p>${own(t('inputs.page.intro', { title: event.title }))}</p>
</header>
<main>
${filterForm(page)}
<p role="status" data-testid="published-count">${h(t('inputs.page.count', { count: page.inputs.length }))}</p>
${statements(page)}
</main>
<footer>
<h2>${h(t('inputs.page.feeds'))}</h2>
<ul>
<li><a href="inputs.json?lang=${language}" type="application/feed+json">${h(t('inputs.page.json'))}</a></li>
<li><a href="inputs.atom?lang=${language}" type="application/atom+xml">${h(t('inputs.page.atom'))}</a></li>
</ul>
</footer>
</body>
</html>
`;
}

/** A short page for an unknown event or file, in the reader's language. */
export function notFoundHtml(language: Language, text: string): string {
  return `<!doctype html>
<html lang="${language}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${h(text)}</title><style>${PUBLIC_PAGE_CSS}</style></head>
<body><main><h1>${h(text)}</h1></main></body>
</html>
`;
}

function languageLinks({ language, filter }: PublishedPage): string {
  return languageChoices()
    .map(({ code, name }) => {
      const query = new URLSearchParams({ ...filter, lang: code }).toString();
      const current = code === language ? ' aria-current="page"' : '';
      return `<li><a href="?${h(query)}" lang="${code}" hreflang="${code}"${current}>${h(name)}</a></li>`;
    })
    .join('');
}

function filterForm({ event, filter, language, t }: PublishedPage): string {
  const options = (items: Array<{ id: string; label: string }>, chosen?: string) =>
    [`<option value="">${h(t('inputs.page.any'))}</option>`]
      .concat(
        items.map(
          (i) =>
            `<option value="${h(i.id)}"${i.id === chosen ? ' selected' : ''}>${h(i.label)}</option>`,
        ),
      )
      .join('');
  const questions = event.guidingQuestions.map((q) => ({ id: q.id, label: q.text }));
  return `<form method="get" action="" aria-label="${h(t('inputs.page.filter'))}">
<input type="hidden" name="lang" value="${language}">
<p><label for="category">${h(t('inputs.page.category'))}</label>
<select id="category" name="category">${options(event.stakeholderCategories, filter.category)}</select></p>
<p><label for="question">${h(t('inputs.page.question'))}</label>
<select id="question" name="question">${options(questions, filter.question)}</select></p>
<p><button type="submit">${h(t('inputs.page.apply'))}</button></p>
</form>`;
}

function statements(page: PublishedPage): string {
  const { t } = page;
  if (page.inputs.length === 0) {
    const filtered = page.filter.category || page.filter.question;
    return `<p>${h(t(filtered ? 'inputs.page.noneFiltered' : 'inputs.page.none'))}</p>`;
  }
  return groupByCategory(page.inputs)
    .map(
      (group, i) => `<section aria-labelledby="category-${i}">
<h2 id="category-${i}">${categoryHtml(group.category, page)}</h2>
${group.inputs.map((input) => statement(input, page)).join('\n')}
</section>`,
    )
    .join('\n');
}

function statement(input: PublishedInput, page: PublishedPage): string {
  const { event, language, t, untranslated } = page;
  const question = (q: { id: string; text: string }) =>
    foreignPartHtml(q.text, untranslated?.guidingQuestions[q.id], untranslated?.language, h);
  const questions =
    input.questions.length === 0
      ? h(t('inputs.page.noQuestions'))
      : `<ul>${input.questions.map((q) => `<li dir="auto">${question(q)}</li>`).join('')}</ul>`;
  const body = input.file
    ? `<p><a href="inputs/${input.id}/file" download data-testid="statement-download">${h(
        t('inputs.page.download', {
          fileName: input.file.name,
          size: t('inputs.page.sizeKb', {
            size: Math.max(1, Math.round(input.file.sizeBytes / 1024)),
          }),
        }),
      )}</a></p>`
    : `<div class="statement" dir="auto">${paragraphs(input.text)}</div>`;
  return `<article id="input-${input.id}" aria-labelledby="title-${input.id}" data-testid="published-statement">
<h3 id="title-${input.id}" dir="auto">${h(input.organization)}</h3>
<dl>
<dt>${h(t('inputs.page.category'))}</dt><dd>${categoryHtml(input.category, page)}</dd>
<dt>${h(t('inputs.page.questions'))}</dt><dd>${questions}</dd>
<dt>${h(t('inputs.page.publishedOn'))}</dt><dd><time datetime="${input.publishedAt.toISOString()}">${h(
    formatInZone(input.publishedAt, event.timeZone, formatLocaleOf(language)),
  )}</time></dd>
</dl>
${body}
</article>`;
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${h(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A stakeholder category's label, its untranslated part marked with the event's language. */
function categoryHtml(category: { id: string; label: string }, page: PublishedPage): string {
  const { untranslated } = page;
  return foreignPartHtml(
    category.label,
    untranslated?.stakeholderCategories[category.id],
    untranslated?.language,
    h,
  );
}
