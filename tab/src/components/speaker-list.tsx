import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { RegistrantPresence } from '../../../core/meeting-presence';
import { viaOf, type QueueEntry } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useLanguage, useT } from '../i18n/texts-context';
import { behalfLabel, kindLabel, questionLabel, speakerLabel } from '../queue/entry-labels';
import type { Run } from '../queue/use-command-runner';
import { EntryActions } from './entry-actions';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: {
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mine: { backgroundColor: tokens.colorBrandBackground2 },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  detail: { display: 'block', color: tokens.colorNeutralForeground2 },
});

const VIA_KEYS = {
  sidePanel: 'tab.via.sidePanel',
  chatCard: 'tab.via.chatCard',
  chair: 'tab.via.chair',
} as const;

/**
 * The waiting turns in speaking order. For the chair each turn carries its actions; the
 * viewer's own turn is marked in words as well as by its background.
 */
export function SpeakerList(props: {
  entries: QueueEntry[];
  heading: string;
  questions: GuidingQuestion[];
  myRegistrationId?: string;
  run?: Run;
  /** The chair's view: marks registrants seen joining or leaving the Teams meeting. */
  presence?: RegistrantPresence;
}) {
  const { entries, questions, myRegistrationId, run, presence } = props;
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="speaker-list">
      <h2 id={headingId}>{props.heading}</h2>
      {entries.length === 0 ? (
        <Text>{t('tab.next.none')}</Text>
      ) : (
        <ol className={styles.list}>
          {entries.map((entry, index) => {
            const mine = !!myRegistrationId && entry.speaker.registrationId === myRegistrationId;
            const question = questionLabel(t, questions, entry.questionId);
            const { registrationId } = entry.speaker;
            const seen = presence && registrationId ? presence[registrationId] : undefined;
            return (
              <li
                key={entry.id}
                data-testid="queue-entry"
                data-entry-id={entry.id}
                className={mine ? `${styles.item} ${styles.mine}` : styles.item}
              >
                <div className={styles.line}>
                  <Text weight="semibold">{speakerLabel(t, entry)}</Text>
                  {mine && <Badge color="brand">{t('tab.next.you')}</Badge>}
                  {entry.kind === 'rightOfReply' && (
                    <Badge color="important">{kindLabel(t, entry)}</Badge>
                  )}
                  {question && <Badge appearance="outline">{question}</Badge>}
                  {seen && (
                    <Badge
                      data-testid="presence"
                      data-presence={seen}
                      appearance="tint"
                      color={seen === 'present' ? 'success' : 'warning'}
                    >
                      {t(seen === 'present' ? 'tab.presence.present' : 'tab.presence.absent')}
                    </Badge>
                  )}
                </div>
                {entry.onBehalfOf.kind === 'group' && (
                  <Caption1 className={styles.detail}>{behalfLabel(t, entry, language)}</Caption1>
                )}
                {run && (
                  // The chair sees how each turn was asked for (the tab, the meeting chat's card, or them).
                  <Caption1
                    className={styles.detail}
                    data-testid="entry-via"
                    data-via={viaOf(entry)}
                  >
                    {t(VIA_KEYS[viaOf(entry)])}
                  </Caption1>
                )}
                {run && (
                  <EntryActions entry={entry} index={index} count={entries.length} run={run} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
