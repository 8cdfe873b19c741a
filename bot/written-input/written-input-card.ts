import type { Translate } from '../../core/i18n/catalog';
import { cardTemplate, type AdaptiveCardJson, type Fact } from '../platform/teams/cards/card-json';
import destinationTemplate from './templates/file-destination.json';
import template from './templates/written-input.json';

/** An event the person may send written input for. */
export interface StatementEvent {
  eventId: string;
  title: string;
}

export interface WrittenInputView {
  /** With one event the card names it; with several the person chooses (input `eventId`). */
  events: StatementEvent[];
  /** Longest typed statement the server accepts. */
  statementMaxLength: number;
}

/** Data of the send button (verb `statement.submit`); Teams merges the inputs into it. */
export interface StatementSubmitData {
  eventId?: string;
}

/** A file as Teams describes a personal-chat attachment. */
export interface StatementFile {
  name: string;
  downloadUrl: string;
  fileType?: string;
}

export interface FileDestinationView {
  file: StatementFile;
  events: StatementEvent[];
}

/** Data of each event's button on the file card (verb `statement.attachFile`). */
export interface StatementAttachFileData {
  eventId: string;
  file: StatementFile;
}

const expand = cardTemplate(template);
const expandDestination = cardTemplate(destinationTemplate);

/** A typed statement for an event, with a reminder that a file can be sent instead. */
export function writtenInputCard(view: WrittenInputView, t: Translate): AdaptiveCardJson {
  const [only] = view.events;
  const single = view.events.length === 1 ? only : undefined;
  const facts: Fact[] = single ? [{ label: t('cards.common.event'), lines: [single.title] }] : [];
  const submit: StatementSubmitData = single ? { eventId: single.eventId } : {};
  return expand(
    {
      labels: {
        heading: t('cards.statement.heading'),
        intro: t('cards.statement.intro'),
        event: t('cards.common.event'),
        chooseEvent: t('cards.statement.chooseEvent'),
        text: t('cards.statement.text'),
        required: t('field.required'),
        fileHint: t('cards.statement.fileHint'),
        submit: t('cards.statement.submit'),
      },
      facts,
      chooseEvent: view.events.length > 1,
      events: view.events.map((e) => ({ title: e.title, value: e.eventId })),
      maxLength: view.statementMaxLength,
      submit,
    },
    t,
  );
}

/** Asks which event a file sent in chat is for, with one button per event. */
export function fileDestinationCard(view: FileDestinationView, t: Translate): AdaptiveCardJson {
  const file: StatementFile = {
    name: view.file.name,
    downloadUrl: view.file.downloadUrl,
    ...(view.file.fileType !== undefined ? { fileType: view.file.fileType } : {}),
  };
  return expandDestination(
    {
      labels: {
        question: t('cards.fileDestination.question'),
        choose: t('cards.fileDestination.choose'),
      },
      facts: [{ label: t('cards.fileDestination.file'), lines: [file.name] }],
      events: view.events.map((e) => {
        const action: StatementAttachFileData = { eventId: e.eventId, file };
        return { title: e.title, action };
      }),
    },
    t,
  );
}
