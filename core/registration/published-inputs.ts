import type { EventDefinition, GuidingQuestion, StakeholderCategory } from '../event/event';
import type { Registration } from './registration';
import type { WrittenInput } from './written-input';
import { isPublic } from './written-input-review';

/** One published statement as the public page and feeds show it: no person, only their organization. */
export interface PublishedInput {
  id: string;
  organization: string;
  category: StakeholderCategory;
  questions: GuidingQuestion[];
  kind: WrittenInput['kind'];
  text: string;
  file?: { name: string; contentType: string; sizeBytes: number };
  publishedAt: Date;
  /** The last review; later than `publishedAt` when it was published again. */
  updatedAt: Date;
}

/** Which statements a reader asked for: one stakeholder category and/or guiding question. */
export interface PublishedFilter {
  category?: string;
  question?: string;
}

/** Statements of one stakeholder category, in the event's order of categories. */
export interface PublishedGroup {
  category: StakeholderCategory;
  inputs: PublishedInput[];
}

/**
 * The published statements of an event, filtered and ordered by category (as the event lists
 * them), organization and date. Anything not published is dropped here as well as by the store.
 */
export function publishedInputs(
  event: EventDefinition,
  inputs: readonly WrittenInput[],
  registrations: ReadonlyMap<string, Registration>,
  filter: PublishedFilter = {},
): PublishedInput[] {
  const order = new Map(event.stakeholderCategories.map((c, i) => [c.id, i]));
  const shown: PublishedInput[] = [];
  for (const input of inputs) {
    const registration = registrations.get(input.registrationId);
    if (!registration || !isPublic(input) || input.eventId !== event.id) continue;
    const entry = publishedEntry(event, input, registration);
    if (filter.category && entry.category.id !== filter.category) continue;
    if (filter.question && !entry.questions.some((q) => q.id === filter.question)) continue;
    shown.push(entry);
  }
  return shown.sort(
    (a, b) =>
      (order.get(a.category.id) ?? order.size) - (order.get(b.category.id) ?? order.size) ||
      a.organization.localeCompare(b.organization) ||
      a.publishedAt.getTime() - b.publishedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}

/** Sorted statements grouped by stakeholder category, for the public page's headings. */
export function groupByCategory(inputs: readonly PublishedInput[]): PublishedGroup[] {
  const groups: PublishedGroup[] = [];
  for (const input of inputs) {
    const last = groups[groups.length - 1];
    if (last && last.category.id === input.category.id) last.inputs.push(input);
    else groups.push({ category: input.category, inputs: [input] });
  }
  return groups;
}

function publishedEntry(
  event: EventDefinition,
  input: WrittenInput,
  registration: Registration,
): PublishedInput {
  const category = event.stakeholderCategories.find((c) => c.id === registration.category) ?? {
    id: registration.category,
    label: registration.category,
  };
  const publishedAt = input.review.firstPublishedAt ?? input.review.reviewedAt ?? input.receivedAt;
  return {
    id: input.id,
    organization: registration.organization,
    category,
    questions: event.guidingQuestions.filter((q) => registration.questionIds.includes(q.id)),
    kind: input.kind,
    text: input.text,
    ...(input.kind === 'file' && input.fileName && input.contentType
      ? {
          file: {
            name: input.fileName,
            contentType: input.contentType,
            sizeBytes: input.sizeBytes,
          },
        }
      : {}),
    publishedAt,
    updatedAt: input.review.reviewedAt ?? publishedAt,
  };
}
