import type { Client } from '@microsoft/microsoft-graph-client';
import type { Mail, Mailer } from './mail';
import { sendingAddress } from './mail-address';

/**
 * The body of `POST /users/{id}/sendMail` (Microsoft Graph v1.0): one HTML body, `contentType` spelt as the metadata's bodyType enum (`html`; Graph takes
 * one body per message), the recipient, and each attachment as a `fileAttachment` with its
 * bytes in base64. Not kept in Sent Items: the outbox is the record.
 */
export function sendMailBody(mail: Mail): Record<string, unknown> {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.html },
      toRecipients: [{ emailAddress: { address: sendingAddress(mail.to) } }],
      ...(mail.attachments?.length
        ? {
            attachments: mail.attachments.map((a) => ({
              '@odata.type': '#microsoft.graph.fileAttachment',
              name: a.name,
              contentType: a.contentType,
              contentBytes: Buffer.from(a.content, 'utf8').toString('base64'),
            })),
          }
        : {}),
    },
    saveToSentItems: false,
  };
}

/**
 * Sends through Graph as the app (application permission Mail.Send, kept to `sender` by an
 * application access policy: docs/deployment.md). Graph answers 202 with no body.
 */
export class GraphMailer implements Mailer {
  readonly destination: string;

  constructor(
    private readonly client: Client,
    private readonly sender: string,
  ) {
    this.destination = `graph:${sender}`;
  }

  async send(mail: Mail): Promise<void> {
    await this.client
      // graph: POST /users/{user-id}/sendMail
      .api(`/users/${encodeURIComponent(this.sender)}/sendMail`)
      .post(sendMailBody(mail));
  }
}
