import type { EventCatalog } from '../services/event-catalog';
import type { MyRegistrationService } from '../services/my-registration-service';
import type { OrganizerService } from '../services/organizer-service';
import type { Clock } from '../services/ports';
import type { RegistrationService } from '../services/registration-service';
import type { WrittenInputService } from '../services/written-input-service';
import type { DecisionService } from '../services/decision-service';
import type { DeliveryService } from '../services/delivery-service';
import type { AttendanceService } from '../services/attendance-service';
import type { RoundtableServices } from '../services/roundtable/roundtable-services';
import type { LanguageService } from '../services/language-service';

/** The use cases the Teams surface calls; built once in the composition root. */
export interface BotServices {
  clock: Clock;
  catalog: EventCatalog;
  registration: RegistrationService;
  mine: MyRegistrationService;
  statements: WrittenInputService;
  organizer: OrganizerService;
  decisions: DecisionService;
  delivery: DeliveryService;
  attendance: AttendanceService;
  roundtable: RoundtableServices;
  /** The language each person chose in chat. */
  languages: LanguageService;
}
