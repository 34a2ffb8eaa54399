import 'kysely';
import '../../db/database.js';
import '../rollup/rollup.repository.js';
