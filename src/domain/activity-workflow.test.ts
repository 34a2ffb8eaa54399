import { describe, expect, it } from 'vitest';
import type { Actor } from './access.js';
import { allowedActions, canTransition } from './activity-workflow.js';
import { canOpenEvidence } from './evidence-access.js';

const actor = (id: number, roles: Actor['roles'], rootPath: string): Actor => ({
  userId: id,
  username: `u${id}`,
  roles,
  orgId: 0,
  scope: { rootOrgId: 0, rootPath },
});
const clerk = actor(1, ['clerk'], '/1/2/3/');
const townReviewer = actor(2, ['reviewer', 'admin'], '/1/2/');
const countyReviewer = actor(3, ['reviewer', 'admin'], '/1/');
const otherTown = actor(4, ['reviewer', 'admin'], '/1/9/');
const entry = (status: 'draft' | 'submitted' | 'approved' | 'returned', createdBy = 1, unitPath = '/1/2/3/') => ({
  status,
  unitPath,
  createdBy,
  deleted: false,
});

describe('activity workflow', () => {
  it('allows only the documented transitions', () => {
    expect(canTransition('draft', 'submit')).toBe(true);
    expect(canTransition('returned', 'submit')).toBe(true);
    expect(canTransition('submitted', 'approve')).toBe(true);
    expect(canTransition('draft', 'approve')).toBe(false);
    expect(canTransition('approved', 'submit')).toBe(false);
    expect(canTransition('approved', 'reopen')).toBe(true);
    expect(canTransition('returned', 'reopen')).toBe(false);
  });

  it('lets the clerk edit and submit a draft but not approve it', () => {
    expect(allowedActions(clerk, entry('draft'))).toMatchObject({ edit: true, submit: true, approve: false, delete: true });
  });

  it('locks an approved entry for the clerk', () => {
    expect(allowedActions(clerk, entry('approved'))).toMatchObject({ edit: false, submit: false, delete: false, reopen: false });
  });

  it('lets a reviewer above approve or return, but never their own entry', () => {
    expect(allowedActions(townReviewer, entry('submitted'))).toMatchObject({ approve: true, return: true });
    expect(allowedActions(townReviewer, entry('submitted', 2, '/1/2/'))).toMatchObject({ approve: false, return: false });
  });

  it('lets only a reviewer strictly above the unit (or at the top) reopen', () => {
    expect(allowedActions(townReviewer, entry('approved'))).toMatchObject({ reopen: true });
    expect(allowedActions(townReviewer, entry('approved', 1, '/1/2/'))).toMatchObject({ reopen: false });
    expect(allowedActions(countyReviewer, entry('approved', 1, '/1/'))).toMatchObject({ reopen: true });
  });

  it('allows nothing outside the scope', () => {
    expect(Object.values(allowedActions(otherTown, entry('submitted'))).some(Boolean)).toBe(false);
  });

  it('restores deleted entries for admins only', () => {
    expect(allowedActions(townReviewer, { ...entry('draft'), deleted: true })).toMatchObject({ restore: true, edit: false });
    expect(allowedActions(clerk, { ...entry('draft'), deleted: true })).toMatchObject({ restore: false });
  });
});

describe('evidence access', () => {
  it('opens sign-in sheets only to the unit itself and reviewers above', () => {
    expect(canOpenEvidence(clerk, 'signin_sheet', '/1/2/3/')).toBe(true);
    expect(canOpenEvidence(townReviewer, 'signin_sheet', '/1/2/3/')).toBe(true);
    expect(canOpenEvidence(actor(5, ['viewer'], '/1/'), 'signin_sheet', '/1/2/3/')).toBe(false);
    expect(canOpenEvidence(actor(5, ['viewer'], '/1/'), 'photo', '/1/2/3/')).toBe(true);
    expect(canOpenEvidence(otherTown, 'photo', '/1/2/3/')).toBe(false);
  });
});
