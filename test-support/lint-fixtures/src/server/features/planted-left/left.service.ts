// no-feature-folder-cycles (no file cycle: left.service -> right.service -> left.types)
import '../planted-right/right.service.js';
