// routes-not-to-db-or-repositories
import '../../db/database.js';
