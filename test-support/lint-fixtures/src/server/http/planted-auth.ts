// http-not-to-features (to a feature that does not use http/, so no folder cycle as well)
import '../features/planted-audit/audit.service.js';
