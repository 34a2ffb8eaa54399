import type { Kysely } from 'kysely';
import './features/notes/note.service.js';
import './features/notes/note-search.repository.js';

export type Executor = Kysely<object>;
