/**
 * The service's clock as seen from this screen: the offset between the server's time when it
 * sent a state and this screen's time when it arrived. Every screen counts down from the same
 * server instants, so they agree to within the network delay.
 */
export function clockOffsetMs(serverNow: number, receivedAt: number): number {
  return serverNow - receivedAt;
}

/** The server's time now, from an offset. */
export function serverTime(offsetMs: number, localNow = Date.now()): Date {
  return new Date(localNow + offsetMs);
}
