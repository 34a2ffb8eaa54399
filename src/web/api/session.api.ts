import { MeSchema, type ChangePasswordBody, type LoginBody, type Me } from '../../contracts/account.contract.js';
import { HealthSchema, type Health } from '../../contracts/health.contract.js';
import { apiRequest, apiSend } from './client.js';

export function getHealth(signal?: AbortSignal): Promise<Health> {
  return apiRequest('/health', HealthSchema, { ...(signal && { signal }) });
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('/me', MeSchema, { ...(signal && { signal }) });
}

export function login(body: LoginBody): Promise<Me> {
  return apiRequest('/session', MeSchema, { method: 'POST', json: body });
}

export function logout(): Promise<void> {
  return apiSend('/session', { method: 'DELETE' });
}

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return apiSend('/me/password', { method: 'POST', json: body });
}
