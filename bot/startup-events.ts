import { translate } from '../core/i18n/catalog';
import { rebaseDemoEvent } from '../core/event/rebase-event';
import type { Config } from './platform/config';
import type { Logger } from './platform/logger';
import { importEventFile, type ImportResult } from './event/event-import';
import type { EventStore } from './stores';

/**
 * Imports the events named in configuration at start. The demo event is moved forward by
 * whole weeks so that a local run always has a registration open. A bad file stops start-up.
 */
export async function importStartupEvents(
  events: EventStore,
  config: Config,
  now: Date,
  log: Logger,
): Promise<void> {
  for (const file of config.eventFiles) report(file, await importEventFile(events, file), log);
  if (config.demoEventFile) {
    report(
      config.demoEventFile,
      await importEventFile(events, config.demoEventFile, (e) => rebaseDemoEvent(e, now)),
      log,
    );
  }
}

function report(file: string, result: ImportResult, log: Logger): void {
  if (result.ok) {
    log.info({ file, eventId: result.event.id, start: result.event.start }, 'event imported');
    return;
  }
  throw new Error(describeImportFailure(file, result));
}

/** One readable paragraph naming each bad field, for the console and the log. */
export function describeImportFailure(
  file: string,
  result: Exclude<ImportResult, { ok: true }>,
): string {
  if ('invalidJson' in result)
    return translate('en', 'event.import.invalidJson', { detail: result.invalidJson });
  const lines = result.errors.map((e) =>
    translate('en', 'event.import.fieldError', {
      field: e.field,
      message: translate('en', e.key, e.params),
    }),
  );
  return [translate('en', 'event.import.failed', { file }), ...lines.map((l) => `  - ${l}`)].join(
    '\n',
  );
}
