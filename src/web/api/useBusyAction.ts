import { useCallback, useState } from 'react';
import { useReportError } from './useReportError.js';

/**
 * Runs one user action at a time: `working` is true while it runs (to disable buttons), and a
 * failure goes down the client's single error path instead of being thrown at the caller.
 */
export function useBusyAction() {
  const reportError = useReportError();
  const [working, setWorking] = useState(false);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setWorking(true);
      try {
        await action();
      } catch (error) {
        reportError(error);
      } finally {
        setWorking(false);
      }
    },
    [reportError],
  );
  return { working, run };
}
