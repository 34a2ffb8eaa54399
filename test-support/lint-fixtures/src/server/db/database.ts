import 'kysely';
