import 'fastify';
import './http/problem.js';
import './features/notes/note.routes.js';
