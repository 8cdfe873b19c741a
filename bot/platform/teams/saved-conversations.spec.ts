import type { StoredConversation } from '../store/conversation-store';
import { SavedConversations } from './saved-conversations';

const chat = (
  overrides: Partial<StoredConversation> = {},
  activityId = 'a1',
): StoredConversation => ({
  tenantId: 't',
  aadObjectId: 'o',
  conversationId: 'a:1',
  serviceUrl: 'https://smba.example/',
  reference: { activityId, conversation: { id: 'a:1' }, locale: 'en-US' },
  localTimezone: 'Asia/Tokyo',
  updatedAt: new Date(0),
  ...overrides,
});

describe('SavedConversations', () => {
  it('finds a chat new until it is saved, then unchanged whatever the activity id', () => {
    const memory = new SavedConversations();
    expect(memory.isNew(chat())).toBe(true);
    memory.saved(chat());
    expect(memory.isNew(chat({}, 'a2'))).toBe(false);
    expect(memory.isNew(chat({ updatedAt: new Date(1) }))).toBe(false);
  });

  it.each([
    ['another conversation', { conversationId: 'a:2' }],
    ['another service URL', { serviceUrl: 'https://smba.example/emea/' }],
    ['another time zone', { localTimezone: 'Europe/Zurich' }],
    [
      'another locale',
      { reference: { activityId: 'a1', conversation: { id: 'a:1' }, locale: 'fr-FR' } },
    ],
    ['another person', { aadObjectId: 'p' }],
  ])('finds %s new', (_, overrides) => {
    const memory = new SavedConversations();
    memory.saved(chat());
    expect(memory.isNew(chat(overrides as Partial<StoredConversation>))).toBe(true);
  });

  it('forgets past its limit rather than growing without bound', () => {
    const memory = new SavedConversations(2);
    memory.saved(chat({ aadObjectId: '1' }));
    memory.saved(chat({ aadObjectId: '2' }));
    memory.saved(chat({ aadObjectId: '3' }));
    expect(memory.isNew(chat({ aadObjectId: '1' }))).toBe(true);
    expect(memory.isNew(chat({ aadObjectId: '3' }))).toBe(false);
  });

  it('past its limit, forgets only the least recently seen person, not everyone', () => {
    const memory = new SavedConversations(2);
    memory.saved(chat({ aadObjectId: '1' }));
    memory.saved(chat({ aadObjectId: '2' }));
    expect(memory.isNew(chat({ aadObjectId: '1' }))).toBe(false); // 1 seen again: 2 is oldest
    memory.saved(chat({ aadObjectId: '3' }));
    expect(memory.isNew(chat({ aadObjectId: '1' }))).toBe(false);
    expect(memory.isNew(chat({ aadObjectId: '3' }))).toBe(false);
    expect(memory.isNew(chat({ aadObjectId: '2' }))).toBe(true);
  });
});
