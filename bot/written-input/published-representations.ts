import type { UntranslatedTexts } from '../../core/event/event-language';
import type { PublishedFilter } from '../../core/registration/published-inputs';
import {
  publishedInputsAtom,
  publishedInputsJson,
  type FeedSource,
} from './published-inputs-feeds';
import { publishedInputsHtml } from './published-inputs-html';

/** The three public representations of an event's published statements. */
export type Representation = 'page' | 'json' | 'atom';

/** One representation's body and type, from the same source. */
export function renderPublished(
  kind: Representation,
  source: FeedSource & { filter: PublishedFilter; untranslated?: UntranslatedTexts | undefined },
): { contentType: string; body: string } {
  switch (kind) {
    case 'page':
      return { contentType: 'text/html; charset=utf-8', body: publishedInputsHtml(source) };
    case 'json':
      return {
        contentType: 'application/feed+json; charset=utf-8',
        body: JSON.stringify(publishedInputsJson(source)),
      };
    case 'atom':
      return {
        contentType: 'application/atom+xml; charset=utf-8',
        body: publishedInputsAtom(source),
      };
  }
}
