import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { QueueEntry } from '../../../core/speaking-queue';
import { useT } from '../i18n/texts-context';
import type { Run } from '../queue/use-command-runner';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
});

/**
 * The chair's actions on one waiting turn. Buttons at an end of the list stay focusable when
 * they cannot act, so keyboard focus stays on the turn that was just moved.
 */
export function EntryActions(props: { entry: QueueEntry; index: number; count: number; run: Run }) {
  const { entry, index, count, run } = props;
  const t = useT();
  const styles = useStyles();
  const name = entry.speaker.name;
  const position = index + 1;
  return (
    <div role="group" aria-label={t('tab.chair.entryActions', { name })} className={styles.group}>
      <Button
        size="small"
        data-testid="move-up"
        aria-label={t('tab.chair.moveUp', { name })}
        disabledFocusable={position === 1}
        onClick={() => void run({ type: 'move', entryId: entry.id, position: position - 1 })}
      >
        {t('tab.chair.up')}
      </Button>
      <Button
        size="small"
        data-testid="move-down"
        aria-label={t('tab.chair.moveDown', { name })}
        disabledFocusable={position === count}
        onClick={() => void run({ type: 'move', entryId: entry.id, position: position + 1 })}
      >
        {t('tab.chair.down')}
      </Button>
      <Button
        size="small"
        data-testid="remove"
        aria-label={t('tab.chair.remove', { name })}
        onClick={() => void run({ type: 'remove', entryId: entry.id })}
      >
        {t('tab.chair.removeShort')}
      </Button>
    </div>
  );
}
