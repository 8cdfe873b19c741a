import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../api/api-client';
import { useLoad } from '../api/use-load';
import { useT } from '../i18n/texts-context';
import { deskSections } from './desk-sections';
import { useDeskSection } from './use-desk-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalS}`,
    listStyleType: 'none',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/**
 * The organizer's desk: one event's sections (registrations, speakers, written input,
 * delivery, and the roundtable's lists when it is one), each one click away and named in
 * the URL's hash.
 */
export function OrganizerDesk({ api, eventId }: { api: ApiClient; eventId: string }) {
  const t = useT();
  const styles = useStyles();
  const probe = useCallback(
    () => Promise.all([api.invitations(eventId), api.breakouts(eventId)]),
    [api, eventId],
  );
  // Not a roundtable (or not the chair's team): those sections are simply not there.
  const { loaded } = useLoad(probe);
  const sections = deskSections(loaded.state === 'ready' ? loaded.data : undefined);
  const [current, choose] = useDeskSection(sections.map((s) => s.id));
  const section = sections.find((s) => s.id === current) ?? sections[0]!;
  return (
    <div className={styles.root} data-testid="organizer-desk">
      <nav aria-label={t('tab.desk.nav')} className={styles.nav}>
        {/*
          A list of sections (each with its own URL), not an ARIA tab list: Fluent's
          TabList adds focus sentinels that axe reports as focusable hidden elements.
        */}
        <ul className={styles.list} data-testid="desk-nav">
          {sections.map((s) => (
            <li key={s.id}>
              <Button
                appearance={s.id === section.id ? 'primary' : 'subtle'}
                aria-current={s.id === section.id ? 'page' : undefined}
                onClick={() => choose(s.id)}
                data-testid={`desk-tab-${s.id}`}
              >
                {t(s.label)}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <div
        className={styles.panel}
        role="region"
        aria-label={t(section.label)}
        data-testid={`desk-section-${section.id}`}
      >
        {section.render(api, eventId)}
      </div>
    </div>
  );
}
