// What a diagnostic dump holds, each file measured or read when the dump is built.
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Engine } from '../../index.js';
import { engineJob } from '../../work/caller.js';
import type { DumpSection } from './dumps.js';

export function dumpSections(engine: Engine, version: string): DumpSection[] {
  return [
    ['manifest', () => ({ server: 'strata', version, createdAt: new Date().toISOString() })],
    ['config', () => (engine.administration.hasConfiguration() ? engine.administration.serverConfig() : null)],
    ['metrics', () => processFigures(engine)],
    ['incidents', () => engine.diagnostics.incidents({}, 1000).incidents],
    // Newest first, as GET /api/v1/logs reads them.
    ['logs', () => engine.monitoring.logs({}, 1000).entries],
    ['active-queries', () => engine.administration.activeQueries(1000)],
    ['transactions', () => engine.transactions.activeTransactions()],
    ['slow-queries', () => engine.administration.slowQueries(1000)],
    ['profiling', async () => (await engine.diagnostics.queryProfiling(100, 'totalTime')).statements],
    ['session-history', () => engine.diagnostics.activeSessionHistory({}, 10_000)],
    ['schema', () => engine.schema.schemas()],
    ['integrity', () => engine.administration.runMaintenance('integrity_check', engineJob('diagnostics-dump'))],
  ];
}

async function processFigures(engine: Engine): Promise<Record<string, unknown>> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, 100));
  delay.disable();
  return {
    uptimeSeconds: process.uptime(),
    memory: process.memoryUsage(),
    cpu: process.cpuUsage(),
    resources: process.resourceUsage(),
    loadAverage: loadavg(),
    eventLoop: { utilization: performance.eventLoopUtilization().utilization, delayMeanMs: delay.mean / 1e6, delayMaxMs: delay.max / 1e6 },
    scn: engine.flashback.currentScn(),
    runningStatements: engine.administration.activeQueries(1000).length,
    openTransactions: engine.transactions.activeTransactions().length,
  };
}
