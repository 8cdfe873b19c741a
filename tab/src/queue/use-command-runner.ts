import { useCallback, useRef, useState } from 'react';
import type { CommandInput } from '../api/api-client';
import { useT } from '../i18n/texts-context';
import type { CommandOutcome } from './use-queue';

/** Sends one command at a time for a surface, and keeps the last refusal to show. */
export function useCommandRunner(send: (input: CommandInput) => Promise<CommandOutcome>) {
  const t = useT();
  const busy = useRef(false);
  const [message, setMessage] = useState<string>();
  const run = useCallback(
    async (input: CommandInput): Promise<boolean> => {
      // A double click must not send the same action twice on the same version.
      if (busy.current) return false;
      busy.current = true;
      setMessage(undefined);
      const outcome = await send(input);
      busy.current = false;
      if (!outcome.ok) setMessage(outcome.message ?? t('tab.command.failed'));
      return outcome.ok;
    },
    [send, t],
  );
  return { run, message };
}

/** What a component needs to act on the queue. */
export type Run = (input: CommandInput) => Promise<boolean>;
