import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../api/api-client';
import type { RegistrationDetailResponse, RegistrationRow } from '../api/api-types';
import { useLoad } from '../api/use-load';
import { ErrorNotice } from '../components/error-notice';
import { dateTimeText, regionName } from '../i18n/formats';
import type { TabKey } from '../i18n/texts';
import { useLanguage, useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalL} 0 0` },
});

/** Every field of one registration, with the history of its decisions and messages. */
export function RegistrationDrawer(props: {
  api: ApiClient;
  eventId: string;
  row: RegistrationRow | undefined;
  categoryLabel: (id: string) => string;
  onClose: () => void;
}) {
  const { api, eventId, row } = props;
  const t = useT();
  const styles = useStyles();
  return (
    <OverlayDrawer
      position="end"
      size="medium"
      open={row !== undefined}
      onOpenChange={(_e, data) => !data.open && props.onClose()}
      data-testid="registration-drawer"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" data-testid="close-drawer" onClick={props.onClose}>
              {t('tab.desk.close')}
            </Button>
          }
        >
          <bdi>{row?.name}</bdi>
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {row && (
          <Detail
            key={row.id}
            load={() => api.registration(eventId, row.id)}
            categoryLabel={props.categoryLabel}
            styles={styles}
          />
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function Detail(props: {
  load: () => Promise<RegistrationDetailResponse>;
  categoryLabel: (id: string) => string;
  styles: ReturnType<typeof useStyles>;
}) {
  const t = useT();
  const language = useLanguage();
  // Keyed by the registration: loads once.
  const load = useCallback(props.load, []);
  const { loaded } = useLoad(load);
  if (loaded.state === 'loading') return <Spinner size="small" label={t('tab.loading')} />;
  if (loaded.state === 'failed') return <ErrorNotice message={t('tab.desk.detailFailed')} />;
  const { registration: r, decisions, messages } = loaded.data;
  const when = (iso: string) => dateTimeText(iso, language);
  const none = t('tab.desk.none');
  const fields: Array<[TabKey, string]> = [
    ['tab.desk.field.reference', r.referenceCode],
    ['tab.desk.field.status', t(`tab.reg.status.${r.status}`)],
    ['tab.desk.field.givenName', r.givenName],
    ['tab.desk.field.familyName', r.familyName],
    ['tab.desk.field.email', r.email],
    ['tab.desk.field.organization', r.organization],
    ['tab.desk.field.category', props.categoryLabel(r.category)],
    ['tab.desk.field.country', regionName(r.country, language)],
    ['tab.desk.field.jobTitle', r.jobTitle],
    ['tab.desk.field.wishesToSpeak', r.wishesToSpeak ? t('tab.desk.yes') : t('tab.desk.no')],
    ['tab.desk.field.coalition', r.group?.name ?? none],
    ['tab.desk.field.members', r.group?.members.join('\n') || none],
    ['tab.desk.field.questions', r.questionIds.join(', ') || none],
    ['tab.desk.field.accessibility', r.accessibilityNeeds ?? none],
    ['tab.desk.field.registered', when(r.createdAt)],
    ['tab.desk.field.updated', when(r.updatedAt)],
  ];
  const history = [
    ...decisions.map((d) => ({
      at: d.at,
      text: t('tab.desk.historyDecision', {
        when: when(d.at),
        status: t(`tab.reg.status.${d.status}`),
      }),
    })),
    ...messages.map((m) => ({
      at: m.sentAt ?? m.createdAt,
      text: t('tab.desk.historyMessage', {
        when: when(m.sentAt ?? m.createdAt),
        kind: t(`tab.delivery.kind.${m.kind}`),
        delivery: t(`tab.desk.delivery.${m.status}`),
      }),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <div data-testid="registration-detail">
      <dl className={props.styles.fields}>
        {fields.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{t(label)}</dt>
            <dd data-testid={`detail-${label.split('.').pop()}`}>
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      <h3 className={props.styles.heading}>{t('tab.desk.history')}</h3>
      {history.length === 0 ? (
        <p>{t('tab.desk.historyNone')}</p>
      ) : (
        <ul className={props.styles.history} data-testid="registration-history">
          {history.map((h, i) => (
            <li key={i}>{h.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
