// kysely-only-in-repositories-and-db
import 'kysely';
