import type { ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import type { BreakoutsResponse, InvitationsResponse } from '../api/roundtable-types';
import type { TabKey } from '../i18n/texts';
import { DeliverySection } from './sections/delivery-section';
import { InputsSection } from './sections/inputs-section';
import { RegistrationsSection } from './sections/registrations-section';
import { BreakoutsDeskSection, InvitationsDeskSection } from './sections/roundtable-sections';
import { SpeakersSection } from './sections/speakers-section';
import { OrganizerSummary } from '../organizer/summary/organizer-summary';

/** One section of the desk: its id in the URL, its name in the navigation, its content. */
export interface DeskSection {
  id: string;
  label: TabKey;
  render: (api: ApiClient, eventId: string) => ReactNode;
}

/** The roundtable's lists, when the event is one (else the sections are left out). */
export type RoundtableLists = [InvitationsResponse, BreakoutsResponse] | undefined;

/** Every section of the organizer's desk, in the order the navigation shows them. */
export function deskSections(roundtable: RoundtableLists): DeskSection[] {
  const sections: DeskSection[] = [
    {
      id: 'registrations',
      label: 'tab.desk.section.registrations',
      render: (api, eventId) => <RegistrationsSection api={api} eventId={eventId} />,
    },
    {
      id: 'speakers',
      label: 'tab.desk.section.speakers',
      render: (api, eventId) => <SpeakersSection api={api} eventId={eventId} />,
    },
    {
      id: 'inputs',
      label: 'tab.desk.section.inputs',
      render: (api, eventId) => <InputsSection api={api} eventId={eventId} />,
    },
    {
      id: 'delivery',
      label: 'tab.desk.section.delivery',
      render: (api, eventId) => <DeliverySection api={api} eventId={eventId} />,
    },
    {
      id: 'summary',
      label: 'tab.desk.section.summary',
      render: (api, eventId) => <OrganizerSummary api={api} eventId={eventId} />,
    },
  ];
  if (!roundtable) return sections;
  const [invitations, breakouts] = roundtable;
  return [
    ...sections,
    {
      id: 'invitations',
      label: 'tab.desk.section.invitations',
      render: (api, eventId) => (
        <InvitationsDeskSection api={api} eventId={eventId} data={invitations} />
      ),
    },
    {
      id: 'breakouts',
      label: 'tab.desk.section.breakouts',
      render: (api, eventId) => (
        <BreakoutsDeskSection api={api} eventId={eventId} data={breakouts} />
      ),
    },
  ];
}
