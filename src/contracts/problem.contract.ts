import { z } from './zod-locale.js';

/** One field error: a JSON pointer into the request (`/body/name`, `/rows/12/kind`) and a Chinese message. */
export const FieldErrorSchema = z.object({
  pointer: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** RFC 9457 problem details, as every API error is answered. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(FieldErrorSchema).optional(),
  /** A failed sign-in: tries left before attempts must wait. */
  triesLeft: z.number().int().optional(),
  /** Seconds to wait before trying again (as the Retry-After header says). */
  retryAfter: z.number().int().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
