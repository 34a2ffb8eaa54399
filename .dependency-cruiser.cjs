// Import rules of docs/ARCHITECTURE.md that ESLint's no-restricted-imports cannot express: cycles,
// "another feature's" repository, and what a module reaches transitively. `npm run lint` runs it as
// `depcruise src`; test-support/lint-rules.test.ts plants one violation per rule and checks each fires.
// Paths are relative to the repository root. node_modules is matched anywhere in the path because a
// worktree's node_modules may be a symlink that resolves outside the repository.

const FEATURE = '^src/server/features/';
const TESTS = '\\.test\\.ts$';
const npm = (name) => `(^|/)node_modules/${name}`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'No import cycles at all, type-only imports included: a cycle means two modules are one room in two files, ' +
        'and it makes load order (and the meaning of each file) depend on who is imported first. Move the shared part down a layer.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-feature-folder-cycles',
      severity: 'error',
      scope: 'folder',
      comment:
        'Feature folders form a one-way graph (e.g. ledger -> rollup, reports -> stats, never back): ' +
        'a folder cycle means the two features cannot be read, tested or changed apart. Move what both need into a lower room (rollup/, domain/, word/).',
      from: { path: FEATURE },
      to: { circular: true },
    },
    {
      name: 'routes-not-to-db-or-repositories',
      severity: 'error',
      comment: 'Routes translate HTTP to service calls; data access goes through a service, which holds the rules (docs/ARCHITECTURE.md).',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['^src/server/db/', '\\.repository\\.ts$'] },
    },
    {
      name: 'repositories-not-to-services',
      severity: 'error',
      comment: 'Repositories only store and load; rules live in services and domain/, which call repositories, never the other way round.',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '\\.service\\.ts$' },
    },
    {
      name: 'repositories-not-to-other-features-repositories',
      severity: 'error',
      comment:
        "A feature's tables are read and written by its own repositories; another feature's data is reached through that feature's service. " +
        'Exception: rollup/ is the roll-up write store just above db/, which every writer (ledger, orgs, catalogue) writes through in the same transaction.',
      from: { path: `${FEATURE}([^/]+)/.+\\.repository\\.ts$` },
      to: { path: `${FEATURE}.+\\.repository\\.ts$`, pathNot: [`${FEATURE}$1/`, `${FEATURE}rollup/`] },
    },
    {
      name: 'http-not-to-features',
      severity: 'error',
      comment:
        'http/ is the shared HTTP plumbing (auth hook, problem mapping, health) that features build on; it is handed what it needs (e.g. an actor resolver) instead of importing a feature.',
      from: { path: '^src/server/http/' },
      to: { path: FEATURE },
    },
    {
      name: 'kysely-only-in-repositories-and-db',
      severity: 'error',
      comment:
        'SQL lives in *.repository.ts and src/server/db/ only, so rules stay testable without a database and the two dialects are handled in one layer. ' +
        "Row mappers (*.rows.ts) are part of the storage layer: they turn a table's Selectable rows into records for the repositories of several features. " +
        'Also allowed: container.ts (the wiring binds repositories to a Kysely executor, type only); *.test.ts, test-support/ and bench/ ' +
        '(not production: they seed and inspect the database directly to check what the code under test wrote).',
      from: {
        pathNot: ['\\.repository\\.ts$', '\\.rows\\.ts$', '^src/server/db/', '^src/server/container\\.ts$', TESTS, '^test-support/', '^bench/'],
      },
      to: { path: npm('kysely/') },
    },
    {
      name: 'cli-not-to-http-stack',
      severity: 'error',
      comment:
        'Only `shiliu serve`/`start` load the HTTP stack (Fastify, the app, http/): the other commands start fast and work where the server cannot. ' +
        'The one door is the dynamic import of src/server/serve.ts in commands/serve.command.ts; serve.ts is listed in doNotFollow below, ' +
        "because dependency-cruiser's reachability follows dynamic imports too; the next rule keeps that door lazy.",
      from: { path: '^src/cli/', pathNot: TESTS },
      to: {
        path: [npm('fastify'), npm('@fastify/'), '^src/server/app\\.ts$', '^src/server/http/'],
        reachable: true,
      },
    },
    {
      name: 'serve-module-only-lazily',
      severity: 'error',
      comment:
        'src/server/serve.ts starts the HTTP server and is the door the rule above stops at: a static import of it ' +
        '(from serve.command.ts, which every start-up registers, or from anything a command reaches) would load Fastify for every command.',
      from: { pathNot: TESTS },
      to: { path: '^src/server/serve\\.ts$', dependencyTypesNot: ['dynamic-import'] },
    },
  ],
  options: {
    // Tests are leaves (nothing imports them) and may wire the whole app; left in, their imports would
    // join unrelated folders into folder cycles (a stats test -> test-support -> app -> every feature).
    exclude: { path: TESTS },
    doNotFollow: { path: ['(^|/)node_modules/', '^src/server/serve\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
