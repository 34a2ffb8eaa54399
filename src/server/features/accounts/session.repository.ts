import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SessionStore, ThrottleState, ThrottleStore } from './account.types.js';

/** Sessions live in the database so any server instance can serve any request. */
export class SessionRepository implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async create(tokenHash: string, userId: number, now: string, expiresAt: string) {
    await this.db.insertInto('session').values({ id: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now }).execute();
  }

  async find(tokenHash: string) {
    const r = await this.db.selectFrom('session').selectAll().where('id', '=', tokenHash).executeTakeFirst();
    return r && { userId: r.user_id, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at };
  }

  async touch(tokenHash: string, now: string, expiresAt: string) {
    await this.db.updateTable('session').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', tokenHash).execute();
  }

  async remove(tokenHash: string) {
    await this.db.deleteFrom('session').where('id', '=', tokenHash).execute();
  }

  async removeForUser(userId: number, exceptTokenHash?: string) {
    await this.db
      .deleteFrom('session')
      .where('user_id', '=', userId)
      .$if(exceptTokenHash !== undefined, (q) => q.where('id', '!=', exceptTokenHash!))
      .execute();
  }

  async removeExpired(now: string) {
    await this.db.deleteFrom('session').where('expires_at', '<', now).execute();
  }
}

/**
 * Login failure counters, shared by every server instance through the database. The column
 * `window_start` holds the time of the latest failure (counts are forgotten after a quiet period).
 */
export class ThrottleRepository implements ThrottleStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(key: string) {
    const r = await this.db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    return r && { failures: Number(r.failures), lastFailureAt: r.window_start, lockedUntil: r.locked_until };
  }

  async save(key: string, s: ThrottleState) {
    const values = { failures: s.failures, window_start: s.lastFailureAt, locked_until: s.lockedUntil };
    await this.db
      .insertInto('login_throttle')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute();
  }

  async clear(key: string) {
    await this.db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }

  async clearPrefix(prefix: string) {
    // substr rather than LIKE: usernames may hold `_`, which LIKE reads as a wildcard.
    await this.db
      .deleteFrom('login_throttle')
      .where(sql<string>`substr(${sql.ref('key')}, 1, ${sql.lit(prefix.length)})`, '=', prefix)
      .execute();
  }

  async removeStale(before: string, now: string) {
    await this.db
      .deleteFrom('login_throttle')
      .where('window_start', '<', before)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .execute();
  }
}
