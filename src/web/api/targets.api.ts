import { TargetListSchema, TargetSchema, type CreateTargetBody, type Target, type UpdateTargetBody } from '../../contracts/target.contract.js';
import { apiRequest } from './client.js';

// Progress against targets (GET /targets/progress) is read by the stats page too, so it lives in stats.api.ts.

export interface ListTargetsParams {
  org?: number;
  year?: number;
  includeInactive?: boolean;
}

/** Targets set at the unit, and those set above it that reach it; `includeInactive` adds retired ones. */
export async function listTargets(params: ListTargetsParams, signal?: AbortSignal): Promise<Target[]> {
  const query = { org: params.org, year: params.year, includeInactive: params.includeInactive ? 'true' : undefined };
  return (await apiRequest('/targets', TargetListSchema, { query, ...(signal && { signal }) })).items;
}

/** Sets a target for a unit of the admin's subtree. */
export function createTarget(body: CreateTargetBody): Promise<Target> {
  return apiRequest('/targets', TargetSchema, { method: 'POST', json: body });
}

/** Changes amount, period or note, or retires (active: false) a target; a 409 TARGET_STALE means someone else saved in between. */
export function updateTarget(id: number, body: UpdateTargetBody): Promise<Target> {
  return apiRequest(`/targets/${id}`, TargetSchema, { method: 'PATCH', json: body });
}
