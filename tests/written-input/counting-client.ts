import { IN_MEMORY, openClient } from '../../bot/open-store';
import { migrate } from '../../bot/platform/store/migrate';
import type { SqlClient } from '../../bot/platform/store/sql-client';
import { sqlStore } from '../../bot/sql-stores';
import type { Store } from '../../bot/stores';

/** A store in memory whose statements touching `pattern` are counted (in and out of transactions). */
export async function countingStore(
  pattern: RegExp,
): Promise<{ store: Store; count: () => number; reset: () => void }> {
  const db = await openClient({ dataDir: IN_MEMORY });
  await migrate(db);
  let counted = 0;
  const counting = (client: SqlClient): SqlClient => ({
    ...client,
    query: (text, params) => {
      if (pattern.test(text)) counted += 1;
      return client.query(text, params);
    },
    transaction: (work) => client.transaction((tx) => work(counting(tx))),
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    exec: (script) => client.exec(script),
    close: () => client.close(),
  });
  return {
    store: sqlStore(counting(db)),
    count: () => counted,
    reset: () => {
      counted = 0;
    },
  };
}
