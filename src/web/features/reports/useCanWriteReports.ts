import { useMe } from '../../app/auth-context.js';

/** Who drafts and edits reports, as the server rules it; viewers (领导查看) and inspectors only read and download. */
const WRITER_ROLES = ['admin', 'clerk', 'reviewer'] as const;

export function useCanWriteReports(): boolean {
  const roles = useMe().user.roles;
  return WRITER_ROLES.some((r) => roles.includes(r));
}
