/** A file sent with a mail, e.g. the event's `.ics`. */
export interface MailAttachment {
  name: string;
  contentType: string;
  /** The file's text (UTF-8). */
  content: string;
}

/** One mail to one person, rendered in their language. */
export interface Mail {
  to: string;
  subject: string;
  /** The body as HTML (`dir="rtl"` in Arabic), readable as text too. */
  html: string;
  /** The same body as plain text. */
  text: string;
  attachments?: readonly MailAttachment[];
}

/**
 * Sends mail: Microsoft Graph's sendMail from one mailbox, or a local folder when Graph is not
 * configured. `send` throws on failure, with the HTTP `statusCode` when there was an answer.
 */
export interface Mailer {
  /** Where mail goes, for the logs and `npm start`: `graph:<mailbox>` or the folder's path. */
  readonly destination: string;
  send(mail: Mail): Promise<void>;
}
