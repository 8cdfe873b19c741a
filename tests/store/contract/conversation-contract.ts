import { randomUUID } from 'node:crypto';
import type { StoredConversation, Store } from '../../../bot/stores';

/** Conversation references: one per person, the latest save wins. */
export function conversationContract(store: () => Store): void {
  const aConversation = (overrides: Partial<StoredConversation> = {}): StoredConversation => ({
    tenantId: `tenant-${randomUUID()}`,
    aadObjectId: randomUUID(),
    conversationId: 'a:1-personal',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    reference: {
      bot: { id: '28:bot', name: 'Stakeholder bot' },
      conversation: { id: 'a:1-personal', conversationType: 'personal', tenantId: 't' },
      locale: 'fr-FR',
      nested: { list: [1, 2.5, -3, null, true, 'texte «x»'], empty: {} },
    },
    updatedAt: new Date('2024-02-20T10:00:00.250Z'),
    ...overrides,
  });

  it('when a conversation is saved, then get returns exactly what was saved', async () => {
    const conversation = aConversation();
    await store().conversations.save(conversation);
    expect(
      await store().conversations.get(conversation.tenantId, conversation.aadObjectId),
    ).toStrictEqual(conversation);
  });

  it('when a person is saved again, then the new reference replaces the old', async () => {
    const first = aConversation();
    const second = aConversation({
      tenantId: first.tenantId,
      aadObjectId: first.aadObjectId,
      conversationId: 'a:2-personal',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      reference: { conversation: { id: 'a:2-personal' } },
      updatedAt: new Date('2024-02-21T10:00:00Z'),
    });
    await store().conversations.save(first);
    await store().conversations.save(second);
    expect(await store().conversations.get(first.tenantId, first.aadObjectId)).toStrictEqual(
      second,
    );
  });

  it('when many turns save at once, then each is stored as if saved in turn, and learns its language', async () => {
    const [amina, omar, li] = [aConversation(), aConversation(), aConversation()];
    const at = amina.updatedAt;
    await store().conversations.setLanguage(omar.tenantId, omar.aadObjectId, 'fr', at);
    const omarLater = { ...omar, conversationId: 'a:9-personal', localTimezone: undefined };
    const zoned = { ...omar, localTimezone: 'Africa/Dakar' };
    await Promise.all([
      store().conversations.save(amina),
      store().conversations.save(zoned),
      store().conversations.save(li),
      store().conversations.save(omarLater),
    ]);
    const { localTimezone: _none, ...omarSaved } = omarLater;
    expect(await store().conversations.get(amina.tenantId, amina.aadObjectId)).toStrictEqual(amina);
    expect(await store().conversations.get(li.tenantId, li.aadObjectId)).toStrictEqual(li);
    expect(await store().conversations.get(omar.tenantId, omar.aadObjectId)).toStrictEqual({
      ...omarSaved,
      localTimezone: 'Africa/Dakar',
      language: 'fr',
    });
    expect(await store().conversations.language(omar.tenantId, omar.aadObjectId)).toBe('fr');
    expect(await store().conversations.language(li.tenantId, li.aadObjectId)).toBeUndefined();
  });

  it('when the database refuses one of many saves made at once, then only that one fails', async () => {
    const [good, bad] = [aConversation(), aConversation({ conversationId: 'a:1\u0000' })];
    const saved = await Promise.allSettled([
      store().conversations.save(good),
      store().conversations.save(bad),
    ]);
    expect(saved.map((s) => s.status)).toEqual(['fulfilled', 'rejected']);
    expect(await store().conversations.get(good.tenantId, good.aadObjectId)).toStrictEqual(good);
    expect(await store().conversations.get(bad.tenantId, bad.aadObjectId)).toBeUndefined();
  });

  it('when a person has no conversation, then get returns undefined', async () => {
    expect(await store().conversations.get('tenant-x', randomUUID())).toBeUndefined();
  });

  it('when a person chooses a language, then get carries it and a later save keeps it', async () => {
    const conversation = aConversation();
    const { tenantId, aadObjectId } = conversation;
    expect(await store().conversations.language(tenantId, aadObjectId)).toBeUndefined();
    await store().conversations.setLanguage(tenantId, aadObjectId, 'ar', conversation.updatedAt);
    await store().conversations.save(conversation);
    await store().conversations.setLanguage(tenantId, aadObjectId, 'zh', conversation.updatedAt);
    await store().conversations.save({ ...conversation, conversationId: 'a:3-personal' });
    expect(await store().conversations.language(tenantId, aadObjectId)).toBe('zh');
    expect(await store().conversations.get(tenantId, aadObjectId)).toStrictEqual({
      ...conversation,
      conversationId: 'a:3-personal',
      language: 'zh',
    });
    expect(await store().conversations.language(tenantId, randomUUID())).toBeUndefined();
  });
}
