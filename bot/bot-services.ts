import type { EventCatalog } from './event/event-catalog';
import type { MyRegistrationService } from './registration/my-registration-service';
import type { OrganizerService } from './organizer/organizer-service';
import type { Clock } from './platform/ports';
import type { RegistrationService } from './registration/registration-service';
import type { WrittenInputService } from './written-input/written-input-service';
import type { InputReviewService } from './written-input/input-review-service';
import type { DecisionService } from './organizer/decision-service';
import type { DeliveryService } from './outbox/delivery-service';
import type { AttendanceService } from './meeting/attendance-service';
import type { RoundtableServices } from './roundtable/roundtable-services';
import type { LanguageService } from './i18n/language-service';

/** The use cases the Teams surface calls; built once in the composition root. */
export interface BotServices {
  clock: Clock;
  catalog: EventCatalog;
  registration: RegistrationService;
  mine: MyRegistrationService;
  statements: WrittenInputService;
  /** The chair's team's review of written input. */
  reviews: InputReviewService;
  organizer: OrganizerService;
  decisions: DecisionService;
  delivery: DeliveryService;
  attendance: AttendanceService;
  roundtable: RoundtableServices;
  /** The language each person chose in chat. */
  languages: LanguageService;
}
