import './db/database.js';
import './container.js';
