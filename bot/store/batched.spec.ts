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

  it('when a batch fails, every caller of it gets the error and the next batch runs', async () => {
    let fail = true;
    const batched = new Batched(async (items: string[]) => {
      if (fail) throw new Error('database down');
      return items;
    });
    const failed = [batched.add('a'), batched.add('b')];
    await expect(failed[0]).rejects.toThrow('database down');
    await expect(failed[1]).rejects.toThrow('database down');
    fail = false;
    await expect(batched.add('c')).resolves.toBe('c');
  });
});
