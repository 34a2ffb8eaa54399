// no-cycles
import './planted-cycle-b.js';
