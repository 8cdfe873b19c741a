import { FollowedSets } from './followed-sets';
import type { SqlClient } from './sql-client';
import { listeningClient } from '../../../tests/support/listening-client';

/** A group's members as the database holds them, read only when `release` is called if held. */
function table(initial: string[]) {
  const state = { rows: [...initial], reads: 0 };
  let held: Promise<void> | undefined;
  let release = () => {};
  const load = async () => {
    state.reads += 1;
    const rows = [...state.rows];
    await held;
    return rows;
  };
  const hold = () => {
    held = new Promise<void>((resolve) => (release = resolve));
    return () => release();
  };
  return { state, load, hold };
}

const parse = (payload: string): [string, string] | undefined => {
  const [group, member] = payload.split('/');
  return group && member ? [group, member] : undefined;
};
const setsOf = (db: SqlClient) => new FollowedSets(db, 'added', { groups: 2, parse });

describe('FollowedSets', () => {
  it('reads a group once, then answers from it, and grows it by notices', async () => {
    const { db, notify } = listeningClient();
    const sets = setsOf(db);
    const rows = table(['amina']);
    expect(await sets.mayContain('e1', 'amina', rows.load)).toBe(true);
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(false);
    notify('e1/omar');
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(true);
    expect(await sets.mayContain('e2', 'omar', rows.load)).toBe(false);
    expect(rows.state.reads).toBe(2);
  });

  it('keeps a member noticed while its group is being read', async () => {
    const { db, notify } = listeningClient();
    const sets = setsOf(db);
    const rows = table([]);
    const release = rows.hold();
    const asked = sets.mayContain('e1', 'omar', rows.load);
    await new Promise((r) => setImmediate(r));
    notify('e1/omar');
    release();
    expect(await asked).toBe(true);
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(true);
    expect(rows.state.reads).toBe(1);
  });

  it('knows at once a member this instance added itself', async () => {
    const sets = setsOf(listeningClient().db);
    const rows = table([]);
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(false);
    sets.added('e1', 'omar');
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(true);
  });

  it.each([
    ['notices may have been missed', undefined],
    ['a notice cannot be read', 'garbled'],
  ])('reads every group again when %s', async (_label, payload) => {
    const { db, notify } = listeningClient();
    const sets = setsOf(db);
    const rows = table([]);
    await sets.mayContain('e1', 'omar', rows.load);
    rows.state.rows.push('omar');
    notify(payload);
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(true);
    expect(rows.state.reads).toBe(2);
  });

  it('does not keep a read that a reset overtook', async () => {
    const { db, notify } = listeningClient();
    const sets = setsOf(db);
    const rows = table([]);
    const release = rows.hold();
    const asked = sets.mayContain('e1', 'omar', rows.load);
    await new Promise((r) => setImmediate(r));
    notify(undefined);
    release();
    await asked;
    rows.state.rows.push('omar');
    expect(await sets.mayContain('e1', 'omar', rows.load)).toBe(true);
  });

  it('past its bound of groups, forgets the first group', async () => {
    const sets = setsOf(listeningClient().db);
    const rows = table([]);
    for (const group of ['e1', 'e2', 'e3']) await sets.mayContain(group, 'x', rows.load);
    rows.state.rows.push('x');
    expect(await sets.mayContain('e1', 'x', rows.load)).toBe(true);
    expect(rows.state.reads).toBe(4);
  });

  it('past its bound of groups, only the least recently asked group is read again', async () => {
    const sets = setsOf(listeningClient().db);
    const rows = table([]);
    await sets.mayContain('e1', 'x', rows.load);
    await sets.mayContain('e2', 'x', rows.load);
    await sets.mayContain('e1', 'x', rows.load); // now the most recently asked
    await sets.mayContain('e3', 'x', rows.load); // full: e2 goes, not every set
    await sets.mayContain('e1', 'x', rows.load);
    expect(rows.state.reads).toBe(3);
    await sets.mayContain('e2', 'x', rows.load);
    expect(rows.state.reads).toBe(4);
  });

  it('when it cannot listen, answers "may contain" and reads nothing', async () => {
    const { db, state } = listeningClient();
    state.refuse = true;
    const rows = table([]);
    expect(await setsOf(db).mayContain('e1', 'omar', rows.load)).toBe(true);
    expect(rows.state.reads).toBe(0);
  });

  it('when a read fails, the next question reads again', async () => {
    const sets = setsOf(listeningClient().db);
    await expect(
      sets.mayContain('e1', 'x', async () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    const rows = table(['x']);
    expect(await sets.mayContain('e1', 'x', rows.load)).toBe(true);
  });
});
