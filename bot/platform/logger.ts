import pino, { type Logger } from 'pino';

/** Structured JSON logs; one logger per process, children per request carry the request id. */
export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'un-stakeholder-meetings' } });
}
