import { describe, expect, it } from 'vitest';
import {
  canAdminister,
  canRecord,
  canReview,
  canSeeCampaign,
  canWriteReports,
  grantableRoles,
  inScope,
  requirePermission,
  rolesOffered,
  type Actor,
} from './access.js';
import { ForbiddenError } from './errors.js';

const actor = (roles: Actor['roles']): Actor => ({ userId: 1, username: 'u', roles, orgId: 2, scope: { rootOrgId: 2, rootPath: '/1/2/' } });

describe('access rules', () => {
  it('lets only admins grant roles, and admin only to holders of admin', () => {
    expect(grantableRoles(actor(['clerk', 'reviewer']))).toEqual([]);
    expect(grantableRoles(actor(['admin'])).sort()).toEqual(['admin', 'clerk', 'inspector', 'reviewer', 'viewer']);
  });

  it('answers each permission from the roles, the same question the web asks', () => {
    expect(canRecord(['clerk'])).toBe(true);
    expect(canRecord(['admin'])).toBe(true);
    expect(canRecord(['reviewer', 'viewer', 'inspector'])).toBe(false);
    expect(canReview(['reviewer'])).toBe(true);
    expect(canReview(['admin', 'clerk'])).toBe(false);
    expect(canAdminister(['admin'])).toBe(true);
    expect(canAdminister(['clerk', 'reviewer', 'inspector', 'viewer'])).toBe(false);
    for (const r of ['admin', 'clerk', 'reviewer'] as const) expect(canWriteReports([r])).toBe(true);
    expect(canWriteReports(['viewer', 'inspector'])).toBe(false);
  });

  it('refuses a missing permission with ROLE_REQUIRED and the action named in Chinese', () => {
    expect(() => requirePermission(actor(['clerk']), canRecord, '登记活动')).not.toThrow();
    const refused = (() => {
      try {
        requirePermission(actor(['viewer']), canRecord, '登记活动');
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused).toMatchObject({ code: 'ROLE_REQUIRED', detail: '您没有登记活动的权限' });
  });

  it("scopes to the subtree of the actor's unit", () => {
    expect(inScope(actor(['viewer']), '/1/2/')).toBe(true);
    expect(inScope(actor(['viewer']), '/1/2/9/')).toBe(true);
    expect(inScope(actor(['viewer']), '/1/')).toBe(false);
    expect(inScope(actor(['viewer']), '/1/20/')).toBe(false);
  });

  it("shows campaigns of the actor's unit, its ancestors and its subtree, not of other branches", () => {
    const viewer = actor(['viewer']);
    expect(canSeeCampaign(viewer, '/1/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/2/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/2/9/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/20/')).toBe(false);
    expect(canSeeCampaign(viewer, '/3/')).toBe(false);
  });
});

describe('roles a user form offers', () => {
  it('leaves out 督查员 while supervision has no feature, unless the account already holds it', () => {
    expect(rolesOffered()).toEqual(['clerk', 'reviewer', 'admin', 'viewer']);
    expect(rolesOffered(['inspector', 'viewer'])).toEqual(['clerk', 'reviewer', 'inspector', 'admin', 'viewer']);
  });
});
