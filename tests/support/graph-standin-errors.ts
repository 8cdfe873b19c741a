import { randomUUID } from 'node:crypto';
import type { ScriptedFailure } from './graph-standin';

type Reply = (status: number, json: unknown, headers?: Record<string, string>) => void;

/** Answers a scripted failure with the code and message Graph gives for that status. */
export function replyFailure(failure: ScriptedFailure, reply: Reply) {
  const codes: Record<number, [string, string]> = {
    400: ['BadRequest', 'Bad request.'],
    403: ['ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
    404: ['ErrorInvalidUser', "The requested user 'chair@contoso.example' is invalid."],
    429: ['ApplicationThrottled', 'Application is over its MailboxConcurrency limit.'],
    500: ['InternalServerError', 'Internal error.'],
    503: ['ServiceUnavailable', 'Service unavailable.'],
    504: ['GatewayTimeout', 'Gateway timeout.'],
  };
  const [code, message] = codes[failure.status] ?? ['Error', 'Error'];
  const headers: Record<string, string> =
    failure.retryAfterSeconds !== undefined
      ? { 'Retry-After': String(failure.retryAfterSeconds) }
      : {};
  return reply(
    failure.status,
    odataError(failure.code ?? code, failure.message ?? message),
    headers,
  );
}

/** An OData error body as Graph sends it. */
export function odataError(code: string, message: string) {
  return {
    error: {
      code,
      message,
      innerError: { 'request-id': randomUUID(), date: new Date().toISOString() },
    },
  };
}
