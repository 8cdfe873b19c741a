import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TimerView } from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import { countdownOf } from '../queue/countdown';
import { phaseLabel } from '../queue/entry-labels';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  digits: {
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    // The font's box is about 1.36 times its size: any less and it reaches into the label above.
    lineHeight: 1.4,
  },
  panel: { fontSize: tokens.fontSizeHero800 },
  stage: { fontSize: 'clamp(4rem, 14vw, 12rem)' },
  overrun: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The countdown of the current turn; past the allotted time it goes negative, turns red and
 * says so in words, so the overrun does not rest on colour alone.
 */
export function TimerDisplay({ view, size }: { view: TimerView; size: 'panel' | 'stage' }) {
  const t = useT();
  const styles = useStyles();
  const labelId = useId();
  const countdown = countdownOf(view.remainingMs);
  return (
    <div className={styles.root}>
      <Text id={labelId} size={size === 'stage' ? 500 : 300}>
        {t('tab.timer.label')}
      </Text>
      <div className={styles.row}>
        <span
          role="timer"
          aria-labelledby={labelId}
          data-testid="timer"
          data-seconds={countdown.seconds}
          data-phase={view.phase}
          className={mergeClasses(
            styles.digits,
            size === 'stage' ? styles.stage : styles.panel,
            countdown.overrun && styles.overrun,
          )}
        >
          {countdown.text}
        </span>
        <Badge
          appearance="outline"
          size={size === 'stage' ? 'extra-large' : 'medium'}
          color={view.phase === 'running' ? 'brand' : 'informative'}
        >
          {phaseLabel(t, view.phase)}
        </Badge>
        {countdown.overrun && (
          <Text weight="semibold" className={styles.overrun}>
            {t('tab.timer.overrun')}
          </Text>
        )}
      </div>
    </div>
  );
}
