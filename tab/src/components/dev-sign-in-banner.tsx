import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { chooseDevUser, currentDevUser, DEV_USER_KEYS, isDevUserKey } from '../host/dev-users';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalS },
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * Shown whenever the page runs outside Teams: says that sign-in is the service's development
 * sign-in, and lets the tester pick the test user this browser tab acts as.
 */
export function DevSignInBanner({ api, onChange }: { api: ApiClient; onChange: () => void }) {
  const t = useT();
  const styles = useStyles();
  const [user, setUser] = useState(() => currentDevUser(new URLSearchParams(location.search)));
  const [name, setName] = useState<string>();
  useEffect(() => {
    api.me().then(
      (me) => setName(me.name),
      () => setName(undefined),
    );
  }, [api, user]);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      className={styles.bar}
      role="region"
      aria-label={t('tab.dev.title')}
    >
      <MessageBarBody className={styles.body}>
        {name ? (
          <span data-testid="dev-user-name">{t('tab.devSignIn.banner', { name })}</span>
        ) : (
          <MessageBarTitle>{t('tab.dev.title')}</MessageBarTitle>
        )}
        <Field label={t('tab.dev.userLabel')} orientation="horizontal">
          <Select
            value={user}
            data-testid="dev-user"
            onChange={(_event, data) => {
              if (!isDevUserKey(data.value)) return;
              chooseDevUser(data.value);
              setUser(data.value);
              onChange();
            }}
          >
            {DEV_USER_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`tab.dev.user.${key}`)}
              </option>
            ))}
          </Select>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
