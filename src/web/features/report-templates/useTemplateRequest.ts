import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import { useReportError } from '../../api/useReportError.js';
import { templateProblems } from './template-view.js';

/**
 * A template dialog's request (upload, fill): `saving` while it runs; when the server refuses the
 * template (422) each problem goes under the form field it names (`fieldOf` maps the body's members
 * to the form's fields) and the rest into `problems`, listed all at once. Other failures go down the
 * client's single error path. The dialog stays open either way.
 */
export function useTemplateRequest<Values>(form: FormInstance<Values>, fieldOf: Readonly<Record<string, keyof Values & string>>) {
  const reportError = useReportError();
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const run = async (request: () => Promise<void>) => {
    setSaving(true);
    setProblems([]);
    try {
      await request();
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        const { byField, messages } = templateProblems(error.problem, Object.keys(fieldOf));
        const fields = new Map<string, string[]>();
        for (const [member, errors] of byField) {
          const field = fieldOf[member];
          if (field) fields.set(field, [...(fields.get(field) ?? []), ...errors]);
        }
        // antd's NamePath does not resolve for a generic Values; the names are keys of Values by fieldOf's type.
        (form as FormInstance).setFields([...fields].map(([name, errors]) => ({ name, errors })));
        setProblems(messages);
      } else {
        reportError(error, form);
      }
    } finally {
      setSaving(false);
    }
  };

  const clearProblems = useCallback(() => setProblems([]), []);
  return { saving, problems, clearProblems, run };
}
