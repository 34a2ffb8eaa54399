import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, describeError } from './api-error.js';
import { groupFieldErrors, splitFieldErrors, type FieldPath, type GroupedFieldErrors } from './field-errors.js';

/** Where a form puts the error at a problem pointer; undefined leaves it for the global message. */
export type PointerToField = (pointer: string) => FieldPath | undefined;

/**
 * The web client's one error path: field errors go under their form fields, anything else becomes
 * a global message. A 401 says nothing here, because the auth provider already leads to the login page.
 * Forms whose fields are not the body's members one to one pass `fieldOf` to place errors themselves.
 */
export function useReportError(): (error: unknown, form?: FormInstance, fieldOf?: PointerToField) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown, form?: FormInstance, fieldOf?: PointerToField) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      if (error instanceof ApiError && error.status === 401) return;
      if (form && error instanceof ApiError && error.problem.errors?.length) {
        const { fields, unplaced } = fieldOf ? groupFieldErrors(error.problem.errors, fieldOf) : byTopLevelField(error.problem.errors, form);
        form.setFields(fields.map(({ name, errors }) => ({ name: [...name], errors })));
        if (fields.length > 0) form.scrollToField([...(fields[0]?.name ?? [])], { block: 'center' });
        if (unplaced.length === 0 && fields.length > 0) return;
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

function byTopLevelField(errors: Parameters<typeof splitFieldErrors>[0], form: FormInstance): GroupedFieldErrors {
  // The fields the form has registered; getFieldsValue() lists each of them, even if still empty.
  const formFields = Object.keys(form.getFieldsValue() as Record<string, unknown>);
  const { byField, unplaced } = splitFieldErrors(errors, formFields);
  return { fields: [...byField].map(([name, messages]) => ({ name: [name], errors: messages })), unplaced };
}
