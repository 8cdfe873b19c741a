/** What `isLocalRequest` reads of a request; any Node request fits. */
export interface RequestOrigin {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined };
}

/** Headers a proxy or tunnel adds: the request then came from elsewhere, whatever the socket says. */
const RELAY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

/**
 * Whether a request comes from this computer: a loopback peer and no proxy or tunnel in
 * between. Development sign-in and the unsigned bot endpoint serve nobody else.
 */
export function isLocalRequest(request: RequestOrigin): boolean {
  if (RELAY_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return isLoopbackAddress(request.socket?.remoteAddress ?? '');
}

/** 127.0.0.0/8 (also IPv4-mapped) and ::1. */
export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address);
}
