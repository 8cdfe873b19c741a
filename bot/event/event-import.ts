import { readFile } from 'node:fs/promises';
import type { EventDefinition } from '../../core/event/event';
import { parseEventDefinition } from '../../core/event/event-schema';
import type { FieldError } from '../../core/event/field-error';
import type { EventStore } from './event-store';

export type ImportResult =
  | { ok: true; event: EventDefinition }
  | { ok: false; invalidJson: string }
  | { ok: false; errors: FieldError[] };

/** Reads and validates an event definition file; nothing is stored unless it is all valid. */
export async function readEventFile(path: string): Promise<ImportResult> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, invalidJson: (error as Error).message };
  }
  const parsed = parseEventDefinition(json);
  return parsed.ok ? { ok: true, event: parsed.value } : { ok: false, errors: parsed.errors };
}

/** Reads, validates and stores one event file, optionally transforming it first (demo dates). */
export async function importEventFile(
  events: EventStore,
  path: string,
  transform: (event: EventDefinition) => EventDefinition = (e) => e,
): Promise<ImportResult> {
  const result = await readEventFile(path);
  if (!result.ok) return result;
  const event = transform(result.event);
  await events.upsert(event);
  return { ok: true, event };
}
