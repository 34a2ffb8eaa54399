import { useCallback, useState } from 'react';
import { useReportError } from './useReportError.js';

/**
 * Runs one user action at a time: `working` is true while it runs (to disable buttons), and a
 * failure goes down the client's single error path instead of being thrown at the caller.
 * `handled` takes the failures the caller answers itself (true: answered), e.g. a 409 that asks
 * to reload; the rest go down the error path.
 */
export function useBusyAction() {
  const reportError = useReportError();
  const [working, setWorking] = useState(false);
  const run = useCallback(
    async (action: () => Promise<void>, handled?: (error: unknown) => boolean) => {
      setWorking(true);
      try {
        await action();
      } catch (error) {
        if (!handled?.(error)) reportError(error);
      } finally {
        setWorking(false);
      }
    },
    [reportError],
  );
  return { working, run };
}
