import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// package.json sits two levels above both src/server and dist/server.
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version;
