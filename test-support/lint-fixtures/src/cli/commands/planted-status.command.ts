// cli-not-to-http-stack, two steps away: planted-status.command -> planted-health -> http/problem -> fastify
import '../../server/planted-health.js';
