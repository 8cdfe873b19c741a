import type { EventDefinition } from '../../core/event/event';
import type { Language, Translate } from '../../core/i18n/catalog';
import { escapeHtml as x } from '../../core/meeting/html-text';
import type { PublishedInput } from '../../core/registration/published-inputs';

/** What both feeds are made of: the event, its published statements and where they live. */
export interface FeedSource {
  event: EventDefinition;
  inputs: PublishedInput[];
  language: Language;
  t: Translate;
  /** Absolute URL of the public page, e.g. https://host/events/x/inputs. */
  pageUrl: string;
  /** The feed's time when it has no statement yet. */
  now: Date;
}

/**
 * A JSON Feed 1.1 (jsonfeed.org) of the published statements; organization, category and
 * guiding questions ride in the `_statement` extension, as the format allows.
 */
export function publishedInputsJson(feed: FeedSource) {
  const { event, inputs, language, t, pageUrl } = feed;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: t('inputs.page.title', { title: event.title }),
    home_page_url: `${pageUrl}?lang=${language}`,
    feed_url: `${pageUrl}.json?lang=${language}`,
    language,
    items: inputs.map((input) => ({
      id: input.id,
      url: `${pageUrl}?lang=${language}#input-${input.id}`,
      title: entryTitle(input, t),
      content_text: input.text,
      date_published: input.publishedAt.toISOString(),
      date_modified: input.updatedAt.toISOString(),
      authors: [{ name: input.organization }],
      tags: [input.category.label, ...input.questions.map((q) => q.id)],
      ...(input.file
        ? {
            attachments: [
              {
                url: fileUrl(pageUrl, input),
                mime_type: input.file.contentType,
                title: input.file.name,
                size_in_bytes: input.file.sizeBytes,
              },
            ],
          }
        : {}),
      _statement: {
        organization: input.organization,
        stakeholderCategory: input.category,
        guidingQuestions: input.questions,
        kind: input.kind,
      },
    })),
  };
}

/** An Atom (RFC 4287) feed of the same statements; files are enclosures. */
export function publishedInputsAtom(feed: FeedSource): string {
  const { event, inputs, language, t, pageUrl } = feed;
  const latest = inputs.reduce((max, i) => Math.max(max, i.updatedAt.getTime()), 0);
  const updated = new Date(latest || feed.now.getTime()).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">
<id>${x(`${pageUrl}.atom`)}</id>
<title>${x(t('inputs.page.title', { title: event.title }))}</title>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${x(`${pageUrl}.atom?lang=${language}`)}"/>
<link rel="alternate" type="text/html" href="${x(`${pageUrl}?lang=${language}`)}"/>
${inputs.map((input) => atomEntry(input, feed)).join('\n')}
</feed>
`;
}

function atomEntry(input: PublishedInput, { language, t, pageUrl }: FeedSource): string {
  const questions = input.questions
    .map(
      (q) =>
        `<category scheme="${x(`${pageUrl}#questions`)}" term="${x(q.id)}" label="${x(q.text)}"/>`,
    )
    .join('');
  const enclosure = input.file
    ? `<link rel="enclosure" type="${x(input.file.contentType)}" length="${input.file.sizeBytes}" title="${x(input.file.name)}" href="${x(fileUrl(pageUrl, input))}"/>`
    : '';
  return `<entry>
<id>urn:uuid:${input.id}</id>
<title>${x(entryTitle(input, t))}</title>
<published>${input.publishedAt.toISOString()}</published>
<updated>${input.updatedAt.toISOString()}</updated>
<author><name>${x(input.organization)}</name></author>
<category scheme="${x(`${pageUrl}#categories`)}" term="${x(input.category.id)}" label="${x(input.category.label)}"/>${questions}
<link rel="alternate" type="text/html" href="${x(`${pageUrl}?lang=${language}#input-${input.id}`)}"/>${enclosure}
${input.text ? `<content type="text">${x(input.text)}</content>` : ''}
</entry>`;
}

function entryTitle(input: PublishedInput, t: Translate): string {
  return t('inputs.feed.entryTitle', {
    organization: input.organization,
    category: input.category.label,
  });
}

function fileUrl(pageUrl: string, input: PublishedInput): string {
  return `${pageUrl}/${input.id}/file`;
}
