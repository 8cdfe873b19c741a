import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n/texts-context';
import { ErrorNotice } from './error-notice';

/** A section's heading over a spinner until its data arrives, or over the load's error. */
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
