import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { personKey, positionOf, type SpeakingQueue } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import type { Run } from '../queue/use-command-runner';
import { byTestId, useFocusAfter, type FocusTarget } from '../queue/use-focus-after';
import { RequestFloorForm, type Untranslated } from './request-floor-form';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  place: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** The viewer's own turn: their place in the list and withdrawing, or asking for the floor. */
export function MyTurn(props: {
  queue: SpeakingQueue;
  registrationId?: string;
  questions: GuidingQuestion[];
  run: Run;
  untranslated?: Untranslated | undefined;
}) {
  const { queue, registrationId, questions, run } = props;
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const { root, focusAfter } = useFocusAfter<HTMLElement>();
  // Asking for the floor hands focus to Withdraw; withdrawing, back to the request form.
  const act: Run = async (input) => {
    const ok = await run(input);
    if (ok) focusAfter(input.type === 'withdraw' ? afterWithdrawal : byTestId('withdraw'));
    return ok;
  };
  const mine = registrationId
    ? queue.entries.find(
        (e) =>
          e.speaker.registrationId === registrationId &&
          (e.status === 'waiting' || e.status === 'speaking'),
      )
    : undefined;
  const place = registrationId
    ? positionOf(queue, personKey({ registrationId, name: '', organization: '' }))
    : null;
  return (
    <section ref={root} aria-labelledby={headingId} className={styles.root} data-testid="my-turn">
      <h2 id={headingId} tabIndex={-1}>
        {t('tab.mine.heading')}
      </h2>
      {!registrationId && <Text>{t('tab.mine.notRegistered')}</Text>}
      {/* The surface's Announcer says a change of place; this line only shows it. */}
      <div className={styles.place} data-testid="my-place">
        {mine?.status === 'speaking' && t('tab.mine.speaking')}
        {mine?.status === 'waiting' &&
          (place === 1 ? t('tab.mine.next') : t('tab.mine.place', { position: place ?? '?' }))}
      </div>
      {mine?.status === 'waiting' && (
        <>
          <div className={styles.actions}>
            <Button
              data-testid="withdraw"
              onClick={() => void act({ type: 'withdraw', entryId: mine.id })}
            >
              {t('tab.mine.withdraw')}
            </Button>
          </div>
        </>
      )}
      {registrationId && !mine && !queue.isOpen && <Text>{t('tab.mine.listClosed')}</Text>}
      {registrationId && !mine && queue.isOpen && (
        <RequestFloorForm
          questions={questions}
          currentQuestionId={queue.currentQuestionId}
          run={act}
          untranslated={props.untranslated}
        />
      )}
    </section>
  );
}

/** Once Withdraw is gone: the request button, else (the list closed) the section's heading. */
const afterWithdrawal: FocusTarget = (root) => {
  if (root.querySelector('[data-testid="withdraw"]')) return null;
  return (
    root.querySelector<HTMLElement>('[data-testid="request-floor"]') ??
    root.querySelector<HTMLElement>('h2')
  );
};
