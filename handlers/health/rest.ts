import type { HealthRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

export const healthRest: HealthRestHandlers<HandlerContext> = {
  // Answering at all shows the event loop turns; a stalled loop cannot answer.
  livenessProbe: async () => ({ status: 'pass', checks: [{ name: 'event-loop', status: 'pass', durationMs: 0 }] }),
  readinessProbe: async (_input, { engine, lifecycle }) => {
    const lifecycleCheck = {
      name: 'lifecycle',
      status: lifecycle.state === 'ready' ? ('pass' as const) : ('fail' as const),
      durationMs: 0,
      detail: lifecycle.state === 'ready' ? 'started' : lifecycle.state === 'starting' ? 'still starting' : 'shutting down',
    };
    const checks = [lifecycleCheck, await engine.system.checkStorage()];
    const status = checks.every((check) => check.status === 'pass') ? 'pass' : 'fail';
    return status === 'pass' ? { status: 200, body: { status, checks } } : { status: 503, body: { status, checks } };
  },
};
