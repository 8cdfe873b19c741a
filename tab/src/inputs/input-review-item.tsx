import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { InputRow } from '../api/input-types';
import { useT } from '../i18n/texts-context';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  reason: { minWidth: '16rem', flexGrow: 1 },
});

const BADGE = { unreviewed: 'warning', published: 'success', withheld: 'danger' } as const;

/** One statement with its author and review: read it (or its file), then publish or withhold. */
export function InputReviewItem(props: {
  row: InputRow;
  busy: boolean;
  received: string;
  onReview: (decision: 'publish' | 'withhold', reason: string) => void;
  onOpenFile: () => void;
}) {
  const { row, busy } = props;
  const t = useT();
  const styles = useStyles();
  const [reason, setReason] = useState(row.review.reason ?? '');
  const { organization } = row.author;
  const status = row.review.status;
  return (
    <li className={styles.item} data-testid="input-item" data-input={row.id} data-status={status}>
      <div className={styles.head}>
        <h3 className={styles.title}>{organization}</h3>
        <Badge appearance="tint" color={BADGE[status]} data-testid="input-status">
          {t(`tab.inputs.status.${status}`)}
        </Badge>
      </div>
      <p className={styles.meta}>
        {row.author.name} · {row.author.category} · {row.author.referenceCode} · {props.received}
      </p>
      {row.kind === 'text' ? (
        <p className={styles.text}>{row.text}</p>
      ) : (
        <div>
          <Button appearance="subtle" data-testid="input-file" onClick={props.onOpenFile}>
            {t('tab.inputs.file', { fileName: row.fileName ?? '' })}
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Field label={t('tab.inputs.reason')} className={styles.reason}>
          <Input
            value={reason}
            maxLength={500}
            data-testid="input-reason"
            aria-label={t('tab.inputs.reasonFor', { organization })}
            onChange={(_e, d) => setReason(d.value)}
          />
        </Field>
        <Button
          appearance="primary"
          data-testid="input-publish"
          aria-label={t('tab.inputs.publishFor', { organization })}
          disabledFocusable={busy}
          onClick={() => props.onReview('publish', reason)}
        >
          {t('tab.inputs.publish')}
        </Button>
        <Button
          data-testid="input-withhold"
          aria-label={t('tab.inputs.withholdFor', { organization })}
          disabledFocusable={busy}
          onClick={() => props.onReview('withhold', reason)}
        >
          {t('tab.inputs.withhold')}
        </Button>
      </div>
    </li>
  );
}
