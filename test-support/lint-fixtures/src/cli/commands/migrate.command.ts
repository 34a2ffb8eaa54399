import '../../server/bootstrap.js';
