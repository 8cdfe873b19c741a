import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** A refusal or failure, announced to screen readers as it appears. */
export function ErrorNotice({ message }: { message: string }) {
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
