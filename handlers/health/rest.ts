import type { HealthRestHandlers } from '../../generated/rest/handlers.js';
import type { HandlerContext } from '../context.js';

/** The full report, 503 when a component fails. */
async function fullReport({ engine }: HandlerContext) {
  const report = await engine.monitoring.healthStatus();
  return report.status === 'fail' ? { status: 503 as const, body: report } : { status: 200 as const, body: report };
}

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
    const checks = [lifecycleCheck, await engine.monitoring.checkStorage()];
    const status = checks.every((check) => check.status === 'pass') ? 'pass' : 'fail';
    return status === 'pass' ? { status: 200, body: { status, checks } } : { status: 503, body: { status, checks } };
  },
  // Startup is over once the server listens; a server shutting down had started.
  startupProbe: async (_input, { lifecycle }) => {
    const started = lifecycle.state !== 'starting';
    const body = { status: started ? ('pass' as const) : ('fail' as const), checks: [{ name: 'startup', status: started ? ('pass' as const) : ('fail' as const), durationMs: 0, detail: started ? 'finished' : 'still starting' }] };
    return started ? { status: 200, body } : { status: 503, body };
  },
  fullHealthCheck: (_input, context) => fullReport(context),
  adminHealth: (_input, context) => fullReport(context),
};
