import type { Response, Server } from 'restify';
import type { z } from 'zod';

const CHECKED = Symbol('check responses against the API schemas');
type Checked = Response & { [CHECKED]?: true };

/**
 * Makes every `sendJson` of this server check its body against the schema and answer 500 with
 * the differences when it does not match: on in tests, so a response that drifts from the one
 * definition the tab reads fails a test; off in production, where the type check suffices.
 */
export function checkResponses(server: Server): void {
  server.pre((_req, res, next) => {
    (res as Checked)[CHECKED] = true;
    next();
  });
}

/** Sends a tab API response typed by its schema in core/api (status 200 unless given). */
export function sendJson<S extends z.ZodType>(
  res: Response,
  schema: S,
  body: z.infer<S>,
  status = 200,
): void {
  if ((res as Checked)[CHECKED]) {
    const checked = schema.safeParse(body);
    if (!checked.success) {
      res.send(500, {
        error: 'response does not match its API schema',
        issues: checked.error.issues,
      });
      return;
    }
  }
  res.send(status, body);
}
