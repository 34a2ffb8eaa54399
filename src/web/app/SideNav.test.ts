import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me, Role } from '../../contracts/account.contract.js';
import { AuthContext, type AuthContextValue } from './auth-context.js';
import { SideNav } from './SideNav.js';

function signedIn(roles: Role[]): AuthContextValue {
  const me: Me = {
    user: {
      id: 7,
      username: 't1-clerk',
      displayName: '东风村填报员',
      orgId: 3,
      orgName: '东风村',
      roles,
      active: true,
      mustChangePassword: false,
      lastLoginAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    org: { id: 3, name: '东风村', kind: 'village' },
  };
  const idle = async () => {};
  return { state: { status: 'signed-in', me }, login: idle, logout: idle, refresh: idle };
}

/** The side menu as the server-side renderer writes it: plain HTML, what a browser gets before any script runs. */
function renderMenu(roles: Role[], at: string): string {
  const menu = createElement(MemoryRouter, { initialEntries: [at] }, createElement(SideNav));
  return renderToStaticMarkup(createElement(AuthContext.Provider, { value: signedIn(roles) }, menu));
}

describe('the side menu', () => {
  it('is made of real links, so an entry can be opened in a new tab', () => {
    const html = renderMenu(['clerk'], '/ledger/12');
    expect(html).toContain('href="/ledger"');
    expect(html).toContain('href="/orgs"');
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>工作台<\/a>/);
    expect(html).toMatch(/<li [^>]*role="menuitem"[^>]*>(?:(?!<\/li>).)*href="\/stats"/);
  });

  it('links only the entries this user may open', () => {
    expect(renderMenu(['clerk'], '/')).not.toContain('href="/users"');
    expect(renderMenu(['admin'], '/')).toContain('href="/users"');
  });
});
