import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../components/error-notice';
import { useT } from '../i18n/texts-context';

/** An organizer section before its first answer: its heading, then a spinner or the failure. */
export function LoadingSection(props: {
  headingId: string;
  heading: ReactNode;
  error: string | undefined;
  className: string;
}) {
  const t = useT();
  return (
    <section aria-labelledby={props.headingId} className={props.className}>
      {props.heading}
      {props.error ? (
        <ErrorNotice message={props.error} />
      ) : (
        <Spinner size="small" label={t('tab.loading')} />
      )}
    </section>
  );
}
