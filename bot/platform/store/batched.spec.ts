import { Batched } from './batched';

describe('Batched', () => {
  it('runs the calls of one round of the event loop together, answering each in order', async () => {
    const runs: number[][] = [];
    const batched = new Batched(async (items: number[]) => {
      runs.push(items);
      return items.map((n) => n * 10);
    });
    const first = await Promise.all([batched.add(1), batched.add(2), batched.add(3)]);
    const alone = await batched.add(4);
    expect(first).toEqual([10, 20, 30]);
    expect(alone).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('when a batch of several fails, each is tried alone: only the refused one fails', async () => {
    const runs: string[][] = [];
    const batched = new Batched(async (items: string[]) => {
      runs.push(items);
      if (items.includes('bad')) throw new Error('refused');
      return items.map((item) => item.toUpperCase());
    });
    const answers = await Promise.allSettled([batched.add('a'), batched.add('bad')]);
    expect(answers).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: new Error('refused') },
    ]);
    expect(runs).toEqual([['a', 'bad'], ['a'], ['bad']]);
  });

  it('when a lone call fails, its caller gets the error and the next batch runs', async () => {
    let fail = true;
    const batched = new Batched(async (items: string[]) => {
      if (fail) throw new Error('database down');
      return items;
    });
    await expect(batched.add('a')).rejects.toThrow('database down');
    fail = false;
    await expect(batched.add('c')).resolves.toBe('c');
  });
});
