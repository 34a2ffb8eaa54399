import '../../../domain/notes.js';
