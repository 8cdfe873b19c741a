import { GraphError, type Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../logger';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organizer's object id, or why there is none. */
export type OrganizerLookup =
  { kind: 'found'; id: string } | { kind: 'notFound' } | { kind: 'failed'; status: number };

/**
 * `GRAPH_ORGANIZER` may be a user principal name, which the calendar API takes but the
 * app-only onlineMeetings API does not (Graph answers 404): resolves it once to the object id
 * with `GET /users/{upn}?$select=id` (`User.Read.All`). An id is used as given. A user Graph
 * does not know is logged once as an error; a transient failure is tried again next time.
 */
export class OrganizerId {
  private found: Promise<OrganizerLookup> | undefined;

  constructor(
    private readonly client: Client,
    readonly organizer: string,
    private readonly logger: Logger,
  ) {}

  /** Looks the organizer up (once) and logs the outcome; the service starts either way. */
  async resolve(): Promise<OrganizerLookup> {
    this.found ??= this.lookUp().then((outcome) => {
      if (outcome.kind === 'failed') this.found = undefined;
      return outcome;
    });
    return this.found;
  }

  /** The object id, or undefined when the organizer cannot be found. */
  async id(): Promise<string | undefined> {
    const outcome = await this.resolve();
    return outcome.kind === 'found' ? outcome.id : undefined;
  }

  private async lookUp(): Promise<OrganizerLookup> {
    if (GUID.test(this.organizer)) return { kind: 'found', id: this.organizer };
    try {
      // graph: GET /users/{user-id}
      const user: { id?: string } = await this.client
        .api(`/users/${encodeURIComponent(this.organizer)}`)
        .select('id')
        .get();
      if (!user.id) return this.notFound(200);
      this.logger.info(
        { organizer: this.organizer, organizerId: user.id },
        'GRAPH_ORGANIZER resolved to its object id',
      );
      return { kind: 'found', id: user.id };
    } catch (error) {
      const status = error instanceof GraphError ? error.statusCode : -1;
      if (status === 404) return this.notFound(404);
      this.logger.warn(
        { organizer: this.organizer, status },
        'GRAPH_ORGANIZER could not be looked up yet; online meetings wait for it',
      );
      return { kind: 'failed', status };
    }
  }

  private notFound(status: number): OrganizerLookup {
    this.logger.error(
      { organizer: this.organizer, status },
      'GRAPH_ORGANIZER is not a user of this tenant: lobby settings, attendance reports and ' +
        'transcripts are unavailable until it names an existing user (UPN or object id)',
    );
    return { kind: 'notFound' };
  }
}
