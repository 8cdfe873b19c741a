import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/texts-context';
import type { Run } from '../queue/use-command-runner';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The chair puts someone on the list by name and organization (registered or not). */
export function AddSpeakerForm({ run }: { run: Run }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run({ type: 'add', speaker: { name, organization } })) {
      setName('');
      setOrganization('');
    }
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tab.add.heading')}</h2>
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        <Field label={t('tab.add.name')} required>
          <Input value={name} data-testid="add-name" onChange={(_e, data) => setName(data.value)} />
        </Field>
        <Field label={t('tab.add.organization')} required>
          <Input
            value={organization}
            data-testid="add-organization"
            onChange={(_e, data) => setOrganization(data.value)}
          />
        </Field>
        <div>
          <Button type="submit" data-testid="add-speaker">
            {t('tab.add.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
