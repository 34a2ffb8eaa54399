import 'kysely';
import '../../db/database.js';
