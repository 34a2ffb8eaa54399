// repositories-not-to-services
import './note.service.js';
