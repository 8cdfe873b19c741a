import { isActive, type Registration } from '../../core/registration/registration';
import { UNREVIEWED, type WrittenInput } from '../../core/registration/written-input';
import { writtenInputOpen } from '../../core/registration/registration-window';
import {
  CONTENT_TYPES,
  MAX_STATEMENT_FILE_BYTES,
  checkFileContent,
  checkFileName,
  checkStatementText,
} from '../../core/registration/written-input-rules';
import type { MessageKey, MessageParams } from '../../core/i18n/catalog';
import type { Store } from '../stores';
import type { EventAt, EventCatalog } from '../event';
import type { Clock, Ids, Person } from '../platform/ports';

/** Fetches a Teams file attachment, stopping once `maxBytes` is exceeded. */
export interface FileDownloader {
  download(url: string, maxBytes: number): Promise<Uint8Array | 'tooLarge'>;
}

/** A file as Teams describes it in a personal-chat attachment. */
export interface TeamsFile {
  name: string;
  downloadUrl: string;
  fileType?: string;
}

export interface Eligible {
  at: EventAt;
  registration: Registration;
}

export type StatementOutcome =
  | { kind: 'received'; at: EventAt; registration: Registration; input: WrittenInput }
  | { kind: 'refused'; key: MessageKey; params?: MessageParams }
  | { kind: 'notRegistered' }
  | { kind: 'closed'; at: EventAt }
  | { kind: 'choose'; options: Eligible[] };

/** Written input from registrants: typed statements and files, until the event ends. */
export class WrittenInputService {
  constructor(
    private readonly store: Store,
    private readonly catalog: EventCatalog,
    private readonly clock: Clock,
    private readonly ids: Ids,
    private readonly downloader: FileDownloader,
  ) {}

  /** Events the person may send input for now; `choose` when more than one. */
  async destinations(person: Person): Promise<StatementOutcome> {
    const now = this.clock.now();
    const active = await this.activeRegistrations(person);
    const open = active.filter((e) => writtenInputOpen(e.at.instants, now));
    if (open.length === 0) {
      const last = active[active.length - 1];
      return last ? { kind: 'closed', at: last.at } : { kind: 'notRegistered' };
    }
    return { kind: 'choose', options: open };
  }

  async submitText(person: Person, eventId: unknown, text: unknown): Promise<StatementOutcome> {
    const target = await this.target(person, eventId);
    if (target.kind !== 'choose' || target.options.length !== 1) return target;
    const checked = checkStatementText(text);
    if ('refusal' in checked) return { kind: 'refused', key: checked.refusal };
    const [only] = target.options;
    return only
      ? this.save(only, {
          kind: 'text',
          text: checked.text,
          sizeBytes: Buffer.byteLength(checked.text),
        })
      : target;
  }

  async submitFile(person: Person, eventId: unknown, file: TeamsFile): Promise<StatementOutcome> {
    const kind = checkFileName(file.name);
    if (kind.startsWith('statement.')) return { kind: 'refused', key: kind as MessageKey };
    const target = await this.target(person, eventId);
    if (target.kind !== 'choose' || target.options.length !== 1) return target;
    const fileKind = kind as keyof typeof CONTENT_TYPES;
    let bytes: Uint8Array | 'tooLarge';
    try {
      bytes = await this.downloader.download(file.downloadUrl, MAX_STATEMENT_FILE_BYTES);
    } catch {
      return { kind: 'refused', key: 'statement.refused.download' };
    }
    if (bytes === 'tooLarge') return { kind: 'refused', key: 'statement.refused.tooLarge' };
    const refusal = checkFileContent(fileKind, bytes);
    if (refusal) return { kind: 'refused', key: refusal, params: { kind: fileKind.toUpperCase() } };
    const [only] = target.options;
    return only
      ? this.save(only, {
          kind: 'file',
          text: '',
          fileName: file.name,
          contentType: CONTENT_TYPES[fileKind],
          content: bytes,
          sizeBytes: bytes.length,
        })
      : target;
  }

  /** Narrows the destinations to `eventId` when given; one option means "go ahead". */
  private async target(person: Person, eventId: unknown): Promise<StatementOutcome> {
    const destinations = await this.destinations(person);
    if (destinations.kind !== 'choose' || eventId === undefined) return destinations;
    const chosen = destinations.options.filter((o) => o.at.event.id === eventId);
    return chosen.length === 1 ? { kind: 'choose', options: chosen } : { kind: 'notRegistered' };
  }

  private async activeRegistrations(person: Person): Promise<Eligible[]> {
    const now = this.clock.now();
    const registrations = await this.store.registrations.listByUser(
      person.tenantId,
      person.aadObjectId,
    );
    const found = await Promise.all(
      registrations
        .filter((r) => isActive(r.status))
        .map(async (r) => ({ at: await this.catalog.get(r.eventId, now), registration: r })),
    );
    return found
      .filter((f): f is Eligible => f.at !== undefined)
      .sort((a, b) => a.at.instants.end.getTime() - b.at.instants.end.getTime());
  }

  private async save(
    target: Eligible,
    body: Pick<WrittenInput, 'kind' | 'text' | 'sizeBytes'> & Partial<WrittenInput>,
  ): Promise<StatementOutcome> {
    const input: WrittenInput = {
      ...body,
      id: this.ids.uuid(),
      eventId: target.at.event.id,
      registrationId: target.registration.id,
      tenantId: target.registration.tenantId,
      aadObjectId: target.registration.aadObjectId,
      receivedAt: this.clock.now(),
      review: UNREVIEWED,
    };
    await this.store.writtenInputs.add(input);
    return { kind: 'received', at: target.at, registration: target.registration, input };
  }
}
