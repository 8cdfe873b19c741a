import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { OnBehalfOf, TurnKind } from '../../../core/speaking-queue';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import { questionTitle } from '../queue/entry-labels';
import { directionOf } from '../i18n/locale';
import type { Run } from '../queue/use-command-runner';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // A native select is as wide as its longest option; in the Field's grid that would widen the
  // whole side panel. Held to the panel's width, the closed select cuts its text with an ellipsis.
  question: { minWidth: 0, maxWidth: '100%' },
  questionSelect: { minWidth: 0, textOverflow: 'ellipsis' },
});

/**
 * Asking for the floor: for one's own organization or a group (its name and members), on a
 * guiding question (the current one by default), as a statement or a right of reply.
 */
export function RequestFloorForm(props: {
  questions: GuidingQuestion[];
  currentQuestionId: string | null;
  run: Run;
  /** Question texts still in the event's language (no translation), to mark with its lang. */
  untranslated?: Untranslated | undefined;
}) {
  const t = useT();
  const styles = useStyles();
  const [behalf, setBehalf] = useState<'ownOrganization' | 'group'>('ownOrganization');
  const [groupName, setGroupName] = useState('');
  const [members, setMembers] = useState('');
  const [questionId, setQuestionId] = useState(props.currentQuestionId ?? '');
  const [kind, setKind] = useState<TurnKind>('statement');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const onBehalfOf: OnBehalfOf =
      behalf === 'group'
        ? {
            kind: 'group',
            name: groupName,
            members: members
              .split(/\r?\n|;/)
              .map((m) => m.trim())
              .filter(Boolean),
          }
        : { kind: 'ownOrganization' };
    await props.run({ type: 'requestFloor', onBehalfOf, questionId: questionId || null, kind });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      aria-label={t('tab.request.heading')}
    >
      <Field label={t('tab.request.behalf')}>
        <RadioGroup
          value={behalf}
          onChange={(_e, data) => setBehalf(data.value === 'group' ? 'group' : 'ownOrganization')}
        >
          <Radio value="ownOrganization" label={t('tab.request.behalfOwn')} />
          <Radio value="group" label={t('tab.request.behalfGroup')} />
        </RadioGroup>
      </Field>
      {behalf === 'group' && (
        <>
          <Field label={t('tab.request.groupName')} required>
            <Input value={groupName} onChange={(_e, data) => setGroupName(data.value)} />
          </Field>
          <Field
            label={t('tab.request.groupMembers')}
            hint={t('tab.request.groupMembersHint')}
            required
          >
            <Textarea value={members} onChange={(_e, data) => setMembers(data.value)} />
          </Field>
        </>
      )}
      <Field label={t('tab.request.question')}>
        <Select
          className={styles.question}
          select={{ className: styles.questionSelect }}
          value={questionId}
          onChange={(_e, data) => setQuestionId(data.value)}
        >
          <option value="">{t('tab.request.noQuestion')}</option>
          {props.questions.map((q, index) => {
            if (q.shortTitle) {
              return (
                <option key={q.id} value={q.id}>
                  {questionTitle(t, q, index)}
                </option>
              );
            }
            const original = props.untranslated?.guidingQuestions[q.id];
            // An option holds text only, no <span lang>: an untranslated question ("text (in
            // English)" in the reader's words) is shown as "1. text", the number reading in any
            // voice, so the option as a whole carries the event's lang and dir; a translated one
            // keeps the reader's "Question 1: text".
            return original && props.untranslated && q.text.includes(original) ? (
              <option
                key={q.id}
                value={q.id}
                lang={props.untranslated.language}
                dir={directionOf(props.untranslated.language)}
              >
                {`${index + 1}. ${shorten(original)}`}
              </option>
            ) : (
              <option key={q.id} value={q.id}>
                {t('tab.questions.option', { number: index + 1, text: shorten(q.text) })}
              </option>
            );
          })}
        </Select>
      </Field>
      <Field label={t('tab.request.kind')}>
        <RadioGroup
          value={kind}
          onChange={(_e, data) =>
            setKind(data.value === 'rightOfReply' ? 'rightOfReply' : 'statement')
          }
        >
          <Radio value="statement" label={t('tab.kind.statement')} />
          <Radio value="rightOfReply" label={t('tab.kind.rightOfReply')} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" type="submit" data-testid="request-floor">
          {t('tab.request.submit')}
        </Button>
      </div>
    </form>
  );
}

/** The event's texts a reader gets in the event's own language (`untranslated` of the API). */
export interface Untranslated {
  language: string;
  guidingQuestions: Record<string, string>;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}
