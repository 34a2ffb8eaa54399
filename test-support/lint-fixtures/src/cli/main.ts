import './commands/serve.command.js';
import './commands/migrate.command.js';
