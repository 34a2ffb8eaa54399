import type { FormRule } from 'antd';
import type { ZodType } from 'zod';

/**
 * An antd form rule that checks a field with the contract's own schema, so the browser shows the
 * very messages the server would answer with. Empty values pass when `optional` is set.
 */
export function zodRule(schema: ZodType, options: { optional?: boolean } = {}): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (options.optional && (value === undefined || value === null || value === '')) return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '取值无效');
    },
  };
}
