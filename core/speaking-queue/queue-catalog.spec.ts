import { EN } from '../i18n/messages';
import QUEUE_EN from '../i18n/messages/en/queue.json';

describe('queue texts', () => {
  it('are all in the queue area and not overridden by another area', () => {
    for (const [key, text] of Object.entries(QUEUE_EN)) {
      expect(key).toMatch(/^queue\.[a-z]+\.[a-zA-Z]+$/);
      expect(EN[key as keyof typeof EN]).toBe(text);
    }
  });
});
