import 'fastify';
import '../../http/problem.js';
import './note.service.js';
