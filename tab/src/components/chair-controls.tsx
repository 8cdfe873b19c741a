import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import {
  nextUndo,
  speakingEntry,
  waitingEntries,
  type SpeakingQueue,
} from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import { actionLabel } from '../queue/action-label';
import type { CommandInput } from '../api/api-client';
import type { Run } from '../queue/use-command-runner';
import { byTestId, useFocusAfter } from '../queue/use-focus-after';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The chair's controls of the floor, the timer, the list and undo. A button that an action
 * replaces hands focus to its successor (Pause to Resume, Finish turn to Call next).
 */
export function ChairControls({ queue, run }: { queue: SpeakingQueue; run: Run }) {
  const t = useT();
  const styles = useStyles();
  const { root, focusAfter } = useFocusAfter<HTMLElement>();
  const act = (input: CommandInput, next: string) =>
    void run(input).then((ok) => ok && focusAfter(byTestId(next)));
  const headingId = useId();
  const speaking = speakingEntry(queue);
  const phase = speaking?.timer.phase;
  const undo = nextUndo(queue);
  return (
    <section
      ref={root}
      aria-labelledby={headingId}
      className={styles.root}
      data-testid="chair-controls"
    >
      <h2 id={headingId}>{t('tab.chair.heading')}</h2>
      <div role="group" aria-label={t('tab.chair.floorGroup')} className={styles.row}>
        <Button
          appearance="primary"
          data-testid="call-next"
          disabledFocusable={waitingEntries(queue).length === 0}
          onClick={() => void run({ type: 'callNext' })}
        >
          {t('tab.chair.callNext')}
        </Button>
        {phase === 'ready' && (
          <Button
            data-testid="start-timer"
            onClick={() => act({ type: 'startTimer' }, 'pause-timer')}
          >
            {t('tab.chair.startTimer')}
          </Button>
        )}
        {phase === 'running' && (
          <Button
            data-testid="pause-timer"
            onClick={() => act({ type: 'pauseTimer' }, 'resume-timer')}
          >
            {t('tab.chair.pauseTimer')}
          </Button>
        )}
        {phase === 'paused' && (
          <Button
            data-testid="resume-timer"
            onClick={() => act({ type: 'resumeTimer' }, 'pause-timer')}
          >
            {t('tab.chair.resumeTimer')}
          </Button>
        )}
        {speaking && (
          <Button
            data-testid="finish-turn"
            onClick={() => act({ type: 'finishTurn' }, 'call-next')}
          >
            {t('tab.chair.finishTurn')}
          </Button>
        )}
      </div>
      <div role="group" aria-label={t('tab.chair.listGroup')} className={styles.row}>
        <Button
          data-testid="toggle-list"
          onClick={() => void run({ type: queue.isOpen ? 'closeList' : 'openList' })}
        >
          {queue.isOpen ? t('tab.chair.closeList') : t('tab.chair.openList')}
        </Button>
        <Button
          data-testid="undo"
          disabledFocusable={!undo}
          onClick={() => void run({ type: 'undo' })}
        >
          {undo
            ? t('tab.chair.undoAction', { action: actionLabel(t, undo.action) })
            : t('tab.chair.undo')}
        </Button>
      </div>
    </section>
  );
}
