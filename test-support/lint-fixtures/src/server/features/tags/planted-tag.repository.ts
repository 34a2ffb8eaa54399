// repositories-not-to-other-features-repositories
import '../notes/note.repository.js';
