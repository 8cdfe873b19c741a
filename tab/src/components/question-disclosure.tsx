import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from '@fluentui/react-components';
import type { GuidingQuestion } from '../api/api-types';
import { useT } from '../i18n/texts-context';
import { ForeignText } from './foreign-text';
import { questionTitle } from '../queue/entry-labels';

/**
 * A guiding question by its label ("Question 2: Critical infrastructure"), its full text one
 * click (or Enter, or Space) away: the header is a button that says whether it is expanded.
 */
export function QuestionDisclosure(props: {
  question: GuidingQuestion;
  index: number;
  size?: 'medium' | 'extra-large';
  /** Type sizes for a surface read from across a room (the stage). */
  headerClassName?: string;
  textClassName?: string;
  /** The event's own text of the question and its language, when no translation was given. */
  untranslated?: { language: string; text: string | undefined } | undefined;
}) {
  const { question, index } = props;
  const t = useT();
  return (
    <Accordion collapsible data-testid="question-disclosure">
      <AccordionItem value={question.id}>
        <AccordionHeader
          size={props.size ?? 'medium'}
          expandIconPosition="start"
          button={props.headerClassName ? { className: props.headerClassName } : {}}
        >
          {questionTitle(t, question, index)}
        </AccordionHeader>
        <AccordionPanel>
          <Text className={props.textClassName} data-testid="question-text">
            <ForeignText
              text={question.text}
              original={props.untranslated?.text}
              language={props.untranslated?.language}
            />
          </Text>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
