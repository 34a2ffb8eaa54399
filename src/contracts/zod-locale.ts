import { z } from 'zod';

// Validation messages reach users verbatim (problem+json field errors, form hints), so they are Chinese.
z.config(z.locales.zhCN());

export { z };
