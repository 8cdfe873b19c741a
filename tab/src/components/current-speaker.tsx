import { useId } from 'react';
import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { speakingEntry, timerView } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useLanguage, useT } from '../i18n/texts-context';
import { behalfLabel, kindLabel, questionLabel } from '../queue/entry-labels';
import { serverTime } from '../queue/server-clock';
import type { QueueModel } from '../queue/use-queue';
import { useTicker } from '../queue/use-ticker';
import { Announcer } from './announcer';
import { TimerDisplay } from './timer-display';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  panelName: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  stageName: { fontSize: 'clamp(2.5rem, 6vw, 5.5rem)', lineHeight: 1.1 },
  // Text's own line height is for its 14-pixel default; a stage-sized line needs its own.
  stageDetail: { fontSize: 'clamp(1.25rem, 2.5vw, 2.25rem)', lineHeight: 1.3 },
  stageHeading: { margin: 0, fontSize: 'clamp(1.25rem, 2.5vw, 2.25rem)', lineHeight: 1.25 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * Who has the floor, on whose behalf, and the countdown. The surface's one live region
 * (Announcer) tells screen-reader users what changed, without reading the seconds out.
 */
export function CurrentSpeaker(props: {
  model: QueueModel;
  questions: GuidingQuestion[];
  size: 'panel' | 'stage';
  headingLevel: 2 | 3;
}) {
  const { model, questions, size } = props;
  const t = useT();
  const language = useLanguage();
  const styles = useStyles();
  const entry = speakingEntry(model.queue);
  const now = useTicker(entry?.timer.phase === 'running');
  const view = timerView(model.queue, serverTime(model.offsetMs, now));
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const question = entry && questionLabel(t, questions, entry.questionId);
  const stage = size === 'stage';
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="current-speaker">
      <Heading id={headingId} className={stage ? styles.stageHeading : undefined}>
        {t('tab.current.heading')}
      </Heading>
      <Announcer model={model} />
      {entry ? (
        <>
          <Text
            data-testid="current-speaker-name"
            className={mergeClasses(styles.name, stage ? styles.stageName : styles.panelName)}
          >
            <bdi>{entry.speaker.name}</bdi>
          </Text>
          <Text className={stage ? styles.stageDetail : undefined}>
            {behalfLabel(t, entry, language)}
          </Text>
          <div className={styles.badges}>
            {entry.kind === 'rightOfReply' && (
              <Badge color="important">{kindLabel(t, entry)}</Badge>
            )}
            {question && <Badge appearance="outline">{question}</Badge>}
          </div>
          {view && <TimerDisplay view={view} size={size} />}
        </>
      ) : (
        <Text className={stage ? styles.stageDetail : undefined}>{t('tab.current.nobody')}</Text>
      )}
    </section>
  );
}
