import { randomBytes, randomUUID } from 'node:crypto';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import restify, { type Server } from 'restify';
import type { EventDefinition } from '../../core/event/event';
import { emptyValues } from '../../core/registration/registration-form';
import type { Registration } from '../../core/registration/registration';
import { referenceCode } from '../../core/registration/reference-code';
import { EventCatalog } from '../../bot/event/event-catalog';
import type { RegistrationOutcome } from '../../bot/registration/registration-outcome';
import { MAX_BODY_BYTES } from '../../bot/platform/http/request-limits';
import type { Store } from '../../bot/stores';
import { registrationOutcomeCard } from '../../bot/registration/registration-presenter';
import { cardResponse } from '../../bot/platform/teams/respond';
import { turnView } from '../../bot/platform/teams/turn-view';
import { personOf } from '../../bot/platform/teams/turn-identity';

/**
 * The reference the app is measured against: bare restify + botbuilder's CloudAdapter that
 * answer the registration activities with card bytes computed once at start, and one INSERT
 * per submit into the same database. What is left over in the app is the app's own cost.
 */
export async function baselineServer(store: Store, event: EventDefinition): Promise<Server> {
  const cards = await precomputedCards(store, event);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new BaselineBot(store, event.id, cards);
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return server;
}

interface Cards {
  form: InvokeResponse;
  done: InvokeResponse;
  sample: Registration;
}

class BaselineBot extends ActivityHandler {
  constructor(
    private readonly store: Store,
    private readonly eventId: string,
    private readonly cards: Cards,
  ) {
    super();
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const value = context.activity.value as {
      action: { verb: string; data: Record<string, string> };
    };
    if (value.action.verb !== 'registration.submit') return this.cards.form;
    const person = personOf(context.activity);
    const data = value.action.data;
    await this.store.registrations.create({
      ...this.cards.sample,
      id: randomUUID(),
      eventId: this.eventId,
      aadObjectId: person?.aadObjectId ?? '',
      referenceCode: referenceCode(randomBytes(8)),
      formId: data.formId ?? '',
      email: data.email ?? '',
    });
    return this.cards.done;
  }
}

/** The form and the confirmation as the app renders them for an en-US user in Zurich. */
async function precomputedCards(store: Store, event: EventDefinition): Promise<Cards> {
  const at = (await new EventCatalog(store.events).get(event.id, new Date()))!;
  const view = turnView({
    activity: { locale: 'en-US', localTimezone: 'Europe/Zurich' },
    turnState: new Map(),
  } as unknown as TurnContext);
  const now = new Date();
  const sample: Registration = {
    ...{ givenName: 'Amina', familyName: 'Diallo', email: 'amina.diallo@example.org' },
    ...{ organization: 'Digital Rights Coalition', category: 'ngo', country: 'SN' },
    ...{ jobTitle: 'Policy Director', wishesToSpeak: true, questionIds: ['q1'], consent: true },
    ...{ id: randomUUID(), eventId: event.id, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    ...{ aadObjectId: '', referenceCode: 'REG-BENCH', status: 'pending', version: 1 },
    ...{ formId: randomUUID(), createdAt: now, updatedAt: now, channel: 'teams' },
  };
  const invoke = (outcome: RegistrationOutcome): InvokeResponse => ({
    status: 200,
    body: cardResponse(registrationOutcomeCard(outcome, view)),
  });
  const origin = { mode: 'create' as const, formId: randomUUID() };
  return {
    form: invoke({ kind: 'form', at, values: emptyValues({}), origin }),
    done: invoke({ kind: 'registration', at, registration: sample, variant: 'created' }),
    sample,
  };
}
