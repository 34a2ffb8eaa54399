// `node --import ./test-support/module-log/register.mjs …` appends the URL of every module the
// process resolves to the file named by SHILIU_MODULE_LOG (one per line). Used to prove which
// modules a CLI command loads (see src/cli/http-stack.test.ts).
import { register } from 'node:module';

const out = process.env.SHILIU_MODULE_LOG;
if (!out) throw new Error('SHILIU_MODULE_LOG names the file that receives the loaded module URLs');
register('./hooks.mjs', import.meta.url, { data: { out } });
