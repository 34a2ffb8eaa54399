// no-feature-folder-cycles
import type { Left } from '../planted-left/left.types.js';

export type Right = Left;
