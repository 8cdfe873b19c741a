import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    minHeight: '100vh',
    padding: tokens.spacingHorizontalXL,
    boxSizing: 'border-box',
    textAlign: 'center',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
});

/**
 * What a targeted in-meeting notification opens (`?view=notice&kind=upNext|nowSpeaking`): one
 * sentence a speaker can read at a glance; the side panel has the details.
 */
export function NoticeView({ kind }: { kind: string | null }) {
  const t = useT();
  const styles = useStyles();
  const speaking = kind === 'nowSpeaking';
  return (
    <main className={styles.main} data-testid="notice-view">
      <h1 className={styles.heading} role="status">
        {t(speaking ? 'tab.notice.nowSpeaking' : 'tab.notice.upNext')}
      </h1>
      <Text>{t('tab.notice.seePanel')}</Text>
    </main>
  );
}
