import type { SqlClient } from './sql-client';

/**
 * Listening on a NOTIFY channel from the first time it is needed: `ready()` starts listening
 * once and answers whether this instance listens; after a failure the next `ready()` tries
 * again. What FollowedCache and FollowedSets both stand on: until they listen, they must not
 * trust what they keep.
 */
export class ChannelFollower {
  private following: Promise<boolean> | undefined;
  /** Whether LISTEN has succeeded (for callers that cannot wait). */
  listening = false;

  constructor(
    private readonly db: SqlClient,
    private readonly channel: string,
    private readonly onPayload: (payload: string | undefined) => void,
  ) {}

  ready(): Promise<boolean> {
    this.following ??= this.db.listen(this.channel, this.onPayload).then(
      () => (this.listening = true),
      () => {
        this.following = undefined;
        return false;
      },
    );
    return this.following;
  }
}
