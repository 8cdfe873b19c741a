import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/** A mass action, before it is done: what it will do, to how many, and how many messages. */
export interface PendingAction {
  title: string;
  body: string;
  go: () => void;
}

/** Asks the chair before a mass action, naming how many people and messages it concerns. */
export function AskFirstDialog(props: {
  action: PendingAction | undefined;
  goLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  const { action } = props;
  return (
    <Dialog
      open={action !== undefined}
      modalType="alert"
      onOpenChange={(_e, data) => !data.open && props.onCancel()}
    >
      <DialogSurface data-testid="ask-first">
        <DialogBody>
          <DialogTitle>{action?.title}</DialogTitle>
          <DialogContent>{action?.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="ask-go" onClick={() => action?.go()}>
              {props.goLabel}
            </Button>
            <Button data-testid="ask-cancel" onClick={props.onCancel}>
              {props.cancelLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
