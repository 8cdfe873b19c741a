/** Texts of the service's limits: oversized or malformed requests, floods and guessing. */
export const LIMITS_EN = {
  'limits.bodyTooLarge':
    'This request is larger than the service accepts ({maxKb} KB). Nothing was changed.',
  'limits.tooDeep':
    'This request is nested more deeply than the service accepts ({maxDepth} levels). Nothing was changed.',
  'limits.tooManyStreams':
    'You already have the most live views open that one person may have. Close another tab or window and try again.',
  'limits.streamsFull':
    'The service is serving as many live views as it can right now. Please try again in a few seconds.',
  'limits.tooManyAttempts':
    'Too many attempts from your address. Please wait a minute before trying again.',
  'limits.chatTooLong':
    'This message is longer than I read ({max} characters). Nothing was changed. Please send a shorter message; type "help" to see the commands.',
  'limits.encodingNotAccepted':
    'This request is compressed; the service accepts only uncompressed requests. Nothing was changed.',
  'limits.badRequest': 'The service could not read this request. Nothing was changed.',
  'limits.notFound': 'There is nothing at this address.',
  'limits.serverError':
    'Sorry, something went wrong on our side. Please try again; if it keeps happening, quote reference {requestId}.',
} as const;
