import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/texts-context';
import { ForeignText } from './foreign-text';
import type { QueueModel } from '../queue/use-queue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The event's title, whether the list is open, and whether this screen is live. */
export function QueueHeader({ model, level = 1 }: { model: QueueModel; level?: 1 | 2 }) {
  const t = useT();
  const styles = useStyles();
  const live = model.stream === 'live';
  const Title = level === 1 ? 'h1' : 'h2';
  return (
    <header className={styles.root}>
      <Title className={styles.title}>
        <ForeignText
          text={model.info.event.title}
          original={model.info.event.untranslated?.title}
          language={model.info.event.untranslated?.language}
        />
      </Title>
      <div className={styles.badges}>
        <Badge
          appearance="tint"
          color={model.queue.isOpen ? 'success' : 'warning'}
          data-testid="list-status"
        >
          {model.queue.isOpen ? t('tab.list.open') : t('tab.list.closed')}
        </Badge>
        <span role="status">
          <Badge appearance="outline" color={live ? 'success' : 'warning'} data-testid="connection">
            {live ? t('tab.connection.live') : t('tab.connection.reconnecting')}
          </Badge>
        </span>
        {model.info.role === 'chair' && (
          <Badge appearance="outline" color="brand">
            {t('tab.role.chair')}
          </Badge>
        )}
      </div>
    </header>
  );
}
