import type { Kysely } from 'kysely';
import type { Db } from './db/database.js';
import type { Database } from './db/schema.js';
import type { AppConfig } from './config.js';
import { AuditRepository } from './features/audit/audit.repository.js';
import { AuthService, type AuthStores } from './features/accounts/auth.service.js';
import { SessionRepository, ThrottleRepository } from './features/accounts/session.repository.js';
import { UserRepository } from './features/accounts/user.repository.js';
import { UserService } from './features/accounts/user.service.js';
import { OrgImportService } from './features/orgs/org-import.service.js';
import { OrgRepository } from './features/orgs/org.repository.js';
import { OrgService } from './features/orgs/org.service.js';
import type { Transactor } from './features/transactor.js';

/** Every repository, bound to one executor (the database, or a transaction). */
function repositories(db: Kysely<Database>) {
  return {
    orgs: new OrgRepository(db),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    throttle: new ThrottleRepository(db),
    audit: new AuditRepository(db),
  };
}
export type Repositories = ReturnType<typeof repositories>;

/** Wires services to repositories. The HTTP layer and the CLI both start from here. */
export function createContainer(database: Db, config: Pick<AppConfig, 'sessionTtlHours'>) {
  const stores = repositories(database.db);
  const transact: Transactor<Repositories> = (fn) => database.db.transaction().execute((trx) => fn(repositories(trx)));
  const orgs = new OrgService(stores, transact);
  return {
    database,
    stores,
    transact,
    orgs,
    orgImport: new OrgImportService(stores, transact),
    users: new UserService(stores, transact),
    auth: new AuthService(stores as AuthStores, transact, { sessionTtlHours: config.sessionTtlHours }),
  };
}
export type Container = ReturnType<typeof createContainer>;
