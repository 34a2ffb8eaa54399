// no-cycles
import './planted-cycle-a.js';
