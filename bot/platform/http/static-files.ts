import restify, { type Request, type RequestHandler, type Response } from 'restify';

/** An error answered 400 (its message is logged, never sent: see error-bodies.ts). */
class BadPathError extends Error {
  readonly statusCode = 400;
}

/**
 * restify's static file handler for `directory`, behind a check of the request path: a path
 * that does not decode, or decodes to a NUL byte (which makes `fs.stat` throw), is answered
 * 400 before the file system is asked.
 */
export function staticFiles(directory: string, fallback: string): RequestHandler {
  const serve = restify.plugins.serveStatic({
    directory,
    appendRequestPath: false,
    default: fallback,
  });
  return function tabFiles(req: Request, res: Response, next: (err?: unknown) => void) {
    if (!decodable(req.path())) return next(new BadPathError('undecodable static file path'));
    serve(req, res, next);
  };
}

function decodable(path: string): boolean {
  try {
    return !decodeURIComponent(path).includes('\0');
  } catch {
    return false;
  }
}
