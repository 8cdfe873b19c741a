import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';

type Next = (err?: unknown) => void;
type Handler = (...args: unknown[]) => unknown;

/** The server methods that take handlers; every one of them is guarded. */
const REGISTRARS = ['pre', 'use', 'get', 'head', 'post', 'put', 'patch', 'del', 'opts'] as const;

/**
 * Makes a throw in any handler an error for that request instead of the process's end.
 * restify calls callback-style handlers (`(req, res, next)`) from `process.nextTick` with no
 * try/catch, so one synchronous throw (a static file path holding a NUL byte, say) is an
 * uncaught exception; async handlers are already safe (restify turns rejections into errors).
 * Call right after creating the server, before any route is registered.
 */
export function guardRoutes(server: Server, log: Logger): void {
  const target = server as unknown as Record<string, Handler>;
  const guard = (arg: unknown): unknown => {
    if (Array.isArray(arg)) return arg.map(guard);
    return typeof arg === 'function' ? guarded(arg as Handler, log) : arg;
  };
  for (const name of REGISTRARS) {
    const register = target[name]!.bind(server);
    target[name] = (...args: unknown[]) => register(...args.map(guard));
  }
}

/** `handler` with synchronous throws passed to `next` as errors (a callback handler only). */
function guarded(handler: Handler, log: Logger): Handler {
  if (handler.length !== 3 || handler.constructor.name === 'AsyncFunction') return handler;
  const wrapper = function (req: Request, res: Response, next: Next) {
    let continued = false;
    try {
      return handler(req, res, (err?: unknown) => {
        continued = true;
        next(err);
      });
    } catch (error) {
      // Once the chain has moved on, a second next() would run the rest twice: log only.
      if (continued) log.error({ err: error, reqId: req.id() }, 'handler threw after next()');
      else next(error instanceof Error ? error : new Error(String(error)));
    }
  };
  // restify names handlers in its timers and assertions after these.
  Object.defineProperty(wrapper, 'name', { value: handler.name });
  return wrapper as Handler;
}
