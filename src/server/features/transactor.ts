/**
 * Runs `fn` with stores bound to one database transaction: everything it writes commits together
 * or not at all. Services depend on this type; `container.ts` supplies the Kysely-backed version.
 */
export type Transactor<Stores> = <T>(fn: (stores: Stores) => Promise<T>) => Promise<T>;
