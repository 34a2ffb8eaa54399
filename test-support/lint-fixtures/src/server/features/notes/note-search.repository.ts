import './note.repository.js';
