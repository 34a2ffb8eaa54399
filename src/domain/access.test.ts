import { describe, expect, it } from 'vitest';
import { canSeeCampaign, grantableRoles, inScope, type Actor } from './access.js';

const actor = (roles: Actor['roles']): Actor => ({ userId: 1, username: 'u', roles, orgId: 2, scope: { rootOrgId: 2, rootPath: '/1/2/' } });

describe('access rules', () => {
  it('lets only admins grant roles, and admin only to holders of admin', () => {
    expect(grantableRoles(actor(['clerk', 'reviewer']))).toEqual([]);
    expect(grantableRoles(actor(['admin'])).sort()).toEqual(['admin', 'clerk', 'inspector', 'reviewer', 'viewer']);
  });

  it('scopes to the subtree of the actor\'s unit', () => {
    expect(inScope(actor(['viewer']), '/1/2/')).toBe(true);
    expect(inScope(actor(['viewer']), '/1/2/9/')).toBe(true);
    expect(inScope(actor(['viewer']), '/1/')).toBe(false);
    expect(inScope(actor(['viewer']), '/1/20/')).toBe(false);
  });

  it('shows campaigns of the actor\'s unit, its ancestors and its subtree, not of other branches', () => {
    const viewer = actor(['viewer']);
    expect(canSeeCampaign(viewer, '/1/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/2/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/2/9/')).toBe(true);
    expect(canSeeCampaign(viewer, '/1/20/')).toBe(false);
    expect(canSeeCampaign(viewer, '/3/')).toBe(false);
  });
});
