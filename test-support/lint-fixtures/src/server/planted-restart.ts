// serve-module-only-lazily
import './serve.js';
