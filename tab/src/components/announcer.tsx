import { useEffect, useRef, useState } from 'react';
import { personKey, positionOf, speakingEntry, timerView } from '../../../core/speaking-queue';
import type { T } from '../i18n/texts';
import { useT } from '../i18n/texts-context';
import { LiveRegion } from './live-region';
import { announcementOf, type Moment } from '../queue/announcement';
import { speakerLabel } from '../queue/entry-labels';
import { serverTime } from '../queue/server-clock';
import type { QueueModel } from '../queue/use-queue';
import { useTicker } from '../queue/use-ticker';

/**
 * The surface's one polite live region: each change of the floor, the timer (started, paused,
 * resumed, over time), the viewer's place (next, or their number) and the list (opened,
 * closed) is said once, as one announcement, however many parts of the screen it changes.
 */
export function Announcer({ model }: { model: QueueModel }) {
  const t = useT();
  const running = speakingEntry(model.queue)?.timer.phase === 'running';
  const now = useTicker(running, 1000);
  const moment = momentOf(model, t, serverTime(model.offsetMs, now));
  const changed = JSON.stringify(moment);
  const previous = useRef<Moment>(undefined);
  const [text, setText] = useState('');
  useEffect(() => {
    const said = announcementOf(previous.current, moment);
    previous.current = moment;
    if (said.length > 0) setText(said.map((s) => t(s.key, s.params)).join(' '));
    // `changed` stands for `moment`, which is a new object at every render.
  }, [changed, t]);
  return <LiveRegion text={text} testId="announcer" />;
}

function momentOf(model: QueueModel, t: T, at: Date): Moment {
  const { queue } = model;
  const speaking = speakingEntry(queue);
  const view = timerView(queue, at);
  const registrationId = model.info.me.registrationId;
  const mine = registrationId
    ? queue.entries.find(
        (e) =>
          e.speaker.registrationId === registrationId &&
          (e.status === 'waiting' || e.status === 'speaking'),
      )
    : undefined;
  return {
    ...(speaking ? { speaker: { entryId: speaking.id, label: speakerLabel(t, speaking) } } : {}),
    ...(view ? { phase: view.phase } : {}),
    overrun: !!view && view.remainingMs < 0,
    isOpen: queue.isOpen,
    ...(mine
      ? {
          mine: {
            speaking: mine.status === 'speaking',
            place: positionOf(
              queue,
              personKey({ registrationId: registrationId!, name: '', organization: '' }),
            ),
          },
        }
      : {}),
  };
}
