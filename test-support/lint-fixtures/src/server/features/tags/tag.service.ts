import '../notes/note.service.js';
