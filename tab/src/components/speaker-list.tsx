import { Badge, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { RegistrantPresence } from '../../../core/meeting-presence';
import { viaOf, type QueueEntry } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useLanguage, useT } from '../i18n/texts-context';
import { behalfLabel, kindLabel, questionLabel, speakerLabel } from '../queue/entry-labels';
import type { Run } from '../queue/use-command-runner';
import { useFocusAfter, type FocusTarget } from '../queue/use-focus-after';
import { EntryActions } from './entry-actions';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
  item: {
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mine: { backgroundColor: tokens.colorBrandBackground2 },
  // An outline badge's brand text is 4.04:1 on the own row's brand background in the dark
  // theme; the second brand foreground keeps 4.5:1 in every theme (tests/browser/contrast).
  mineBadge: { color: tokens.colorBrandForeground2 },
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
  /** The chair's view: waiting turns whose stakeholder category has not been heard yet. */
  unheard?: readonly string[];
}) {
  const { entries, questions, myRegistrationId, run, presence, unheard } = props;
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const headingId = useId();
  const { root, focusAfter } = useFocusAfter<HTMLElement>();
  // A removed turn hands focus to the turn that took its place (or the one above, or the heading).
  const rowRun: Run | undefined =
    run &&
    (async (input) => {
      const ok = await run(input);
      if (ok && input.type === 'remove') {
        const index = entries.findIndex((e) => e.id === input.entryId);
        focusAfter(afterRemoval(input.entryId, index));
      }
      return ok;
    });
  return (
    <section ref={root} aria-labelledby={headingId} data-testid="speaker-list">
      <h2 id={headingId} tabIndex={-1}>
        {props.heading}
      </h2>
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
                tabIndex={-1}
                className={mine ? `${styles.item} ${styles.mine}` : styles.item}
              >
                <div className={styles.line}>
                  <Text weight="semibold">{speakerLabel(t, entry)}</Text>
                  {mine && <Badge color="brand">{t('tab.next.you')}</Badge>}
                  {entry.kind === 'rightOfReply' && (
                    <Badge color="important">{kindLabel(t, entry)}</Badge>
                  )}
                  {question && (
                    <Badge appearance="outline" className={mine ? styles.mineBadge : undefined}>
                      {question}
                    </Badge>
                  )}
                  {unheard?.includes(entry.id) && (
                    <Badge data-testid="unheard" appearance="tint" color="informative">
                      {t('tab.balance.unheard')}
                    </Badge>
                  )}
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
                {rowRun && (
                  // The chair sees how each turn was asked for (the tab, the meeting chat's card, or them).
                  <Caption1
                    className={styles.detail}
                    data-testid="entry-via"
                    data-via={viaOf(entry)}
                  >
                    {t(VIA_KEYS[viaOf(entry)])}
                  </Caption1>
                )}
                {rowRun && (
                  <EntryActions entry={entry} index={index} count={entries.length} run={rowRun} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Once the removed turn is gone: the row now at its place, else the one above, else the heading. */
function afterRemoval(entryId: string, index: number): FocusTarget {
  return (root) => {
    if (root.querySelector(`[data-entry-id="${CSS.escape(entryId)}"]`)) return null;
    const rows = root.querySelectorAll<HTMLElement>('[data-testid="queue-entry"]');
    return rows[index] ?? rows[index - 1] ?? root.querySelector<HTMLElement>('h2');
  };
}
