import './http/problem.js';
