import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, describeError } from './api-error.js';
import { splitFieldErrors } from './field-errors.js';

/**
 * The web client's one error path: field errors go under their form fields, anything else becomes
 * a global message. A 401 says nothing here, because the auth provider already leads to the login page.
 */
export function useReportError(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (error instanceof ApiError && error.status === 401) return;
      if (form && error instanceof ApiError && error.problem.errors?.length) {
        // The fields the form has registered; getFieldsValue() lists each of them, even if still empty.
        const formFields = Object.keys(form.getFieldsValue() as Record<string, unknown>);
        const { byField, unplaced } = splitFieldErrors(error.problem.errors, formFields);
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
        if (unplaced.length === 0 && byField.size > 0) return;
        if (unplaced.length > 0) {
          message.error(unplaced.map((e) => e.message).join('；'));
          return;
        }
      }
      if (!(error instanceof ApiError)) console.error(error);
      message.error(describeError(error));
    },
    [message],
  );
}
