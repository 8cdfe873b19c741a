import { groupByCategory, publishedInputs } from './published-inputs';
import { aRegistration, seedDialogue } from '../testing/registration-fixtures';
import { UNREVIEWED, type InputReview, type WrittenInput } from './written-input';

const event = seedDialogue();
const at = (iso: string) => new Date(iso);

function input(id: string, registrationId: string, review: InputReview): WrittenInput {
  return {
    id,
    eventId: event.id,
    registrationId,
    tenantId: 't',
    aadObjectId: 'u',
    kind: 'text',
    text: `Statement ${id}`,
    sizeBytes: 10,
    receivedAt: at('2024-02-20T10:00:00Z'),
    review,
  };
}

const published = (iso: string): InputReview => ({
  status: 'published',
  reviewedBy: 'chair',
  reviewedAt: at(iso),
  firstPublishedAt: at(iso),
});

describe('publishedInputs', () => {
  const ngo = aRegistration({
    id: 'r-ngo',
    organization: 'Zeta NGO',
    category: 'ngo',
    questionIds: ['q1'],
  });
  const ngo2 = aRegistration({
    id: 'r-ngo2',
    organization: 'Alpha NGO',
    category: 'ngo',
    questionIds: ['q2'],
  });
  const biz = aRegistration({
    id: 'r-biz',
    organization: 'Acme',
    category: 'business',
    questionIds: [],
  });
  const registrations = new Map([ngo, ngo2, biz].map((r) => [r.id, r]));
  const inputs = [
    input('i1', 'r-ngo', published('2024-02-29T10:00:00Z')),
    input('i2', 'r-ngo2', published('2024-02-29T11:00:00Z')),
    input('i3', 'r-biz', published('2024-02-29T12:00:00Z')),
    input('i4', 'r-ngo', UNREVIEWED),
    input('i5', 'r-ngo', {
      status: 'withheld',
      reason: 'x',
      reviewedAt: at('2024-03-01T00:00:00Z'),
    }),
  ];

  it('lists only published statements, by category in the event order, then organization', () => {
    const shown = publishedInputs(event, inputs, registrations);
    expect(shown.map((s) => s.id)).toEqual(['i3', 'i2', 'i1']);
    expect(shown[2]).toMatchObject({
      organization: 'Zeta NGO',
      category: { id: 'ngo', label: 'Non-governmental organization' },
      questions: [{ id: 'q1' }],
      publishedAt: at('2024-02-29T10:00:00Z'),
    });
    expect(groupByCategory(shown).map((g) => [g.category.id, g.inputs.length])).toEqual([
      ['business', 1],
      ['ngo', 2],
    ]);
  });

  it('filters by stakeholder category and guiding question', () => {
    expect(
      publishedInputs(event, inputs, registrations, { category: 'ngo' }).map((s) => s.id),
    ).toEqual(['i2', 'i1']);
    expect(
      publishedInputs(event, inputs, registrations, { question: 'q2' }).map((s) => s.id),
    ).toEqual(['i2']);
    expect(publishedInputs(event, inputs, registrations, { category: 'academia' })).toEqual([]);
  });

  it('never shows a statement of another event or without its registration', () => {
    const stray = { ...input('i6', 'r-ngo', published('2024-02-29T10:00:00Z')), eventId: 'other' };
    const orphan = input('i7', 'r-gone', published('2024-02-29T10:00:00Z'));
    expect(publishedInputs(event, [stray, orphan], registrations)).toEqual([]);
  });
});
