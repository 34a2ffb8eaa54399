import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useReportError, type PointerToField } from './useReportError.js';

/**
 * A form modal's OK: validate, then `save` the values while `saving` spins the button. A failure goes
 * down the client's single error path (under the fields it names, else as a message) and leaves the
 * modal open. `submit` serves as both onOk and onFinish; a form that does not validate just shows why.
 */
export function useFormSubmit<Values>(form: FormInstance<Values>, save: (values: Values) => Promise<void>, fieldOf?: PointerToField) {
  const [saving, setSaving] = useState(false);
  const reportError = useReportError();

  const run = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await save(values);
    } catch (error) {
      reportError(error, form, fieldOf);
    } finally {
      setSaving(false);
    }
  };

  return { saving, submit: () => void run().catch(() => undefined) };
}
