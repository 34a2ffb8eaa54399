import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.js';

/** Helpers for ledger tests: catalogue ids by code or name, entry requests, evidence rows. */
export interface LedgerHelpers {
  typeId(code: string): Promise<number>;
  tagId(kind: string, name: string): Promise<number>;
  get(cookie: string, url: string): Promise<LightMyRequestResponse>;
  send(cookie: string, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** POSTs an entry and returns the created body; fails the test on anything but 201. */
  create(cookie: string, body: Record<string, unknown>): Promise<{ id: number; version: number } & Record<string, unknown>>;
  /** An uploaded, unattached file row, as the evidence upload leaves it. */
  addEvidence(orgId: number, options?: { kind?: 'photo' | 'document' | 'signin_sheet'; thumbnail?: boolean }): Promise<number>;
  count(table: 'activity' | 'activity_measure' | 'activity_tag' | 'audit_log' | 'evidence'): Promise<number>;
}

export function ledgerHelpers(t: TestApp): LedgerHelpers {
  const db = t.container.database.db;
  const h: LedgerHelpers = {
    async typeId(code) {
      return (await db.selectFrom('activity_type').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    },
    async tagId(kind, name) {
      return (await db.selectFrom('tag').select('id').where('kind', '=', kind).where('name', '=', name).executeTakeFirstOrThrow()).id;
    },
    get: (cookie, url) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    send: (cookie, method, url, payload) => t.app.inject({ method, url, headers: { cookie }, ...(payload !== undefined && { payload }) }),
    async create(cookie, body) {
      const res = await h.send(cookie, 'POST', '/api/activities', body);
      if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    async addEvidence(orgId, options = {}) {
      const row = await db
        .insertInto('evidence')
        .values({
          sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          filename: options.kind === 'signin_sheet' ? '签到表.pdf' : '活动现场.jpg',
          mime: options.kind === 'signin_sheet' ? 'application/pdf' : 'image/jpeg',
          size: 2048,
          kind: options.kind ?? 'photo',
          caption: '',
          has_thumbnail: options.thumbnail === false || options.kind === 'signin_sheet' ? 0 : 1,
          org_unit_id: orgId,
          activity_id: null,
          sort_order: 0,
          created_by: null,
          created_at: new Date().toISOString(),
          deleted_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async count(table) {
      return Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    },
  };
  return h;
}
