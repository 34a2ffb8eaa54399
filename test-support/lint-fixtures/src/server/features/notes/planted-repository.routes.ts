// routes-not-to-db-or-repositories
import './note.repository.js';
