// Alert rules: which metric, compared how with what threshold, for how long, how severe. Kept
// in a JSON file of the data directory so they survive restarts; the defaults are written on
// first start and can be changed or disabled like any other rule.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { invalid, notFound } from '../../errors.js';

/** What a rule can watch; each is read from the running server at every evaluation. */
export const ALERT_METRICS = {
  event_loop_lag_p99_ms: 'p99 event-loop lag over the last second, in ms',
  cpu_percent: 'process CPU over the last second, percent of one core',
  memory_rss_bytes: 'resident memory of the process',
  disk_used_percent: 'used space on the volume of the data directory, percent',
  wal_bytes: 'size of the SQLite write-ahead log',
  http_error_rate: 'share of HTTP requests answered 5xx since the previous evaluation (0 to 1)',
  sql_error_rate: 'share of SQL statements that failed since the previous evaluation (0 to 1)',
  sql_p99_ms: 'p99 SQL statement latency over the recent statements, in ms',
  open_transactions: 'interactive transactions open',
  open_sessions: 'sign-in sessions open',
  websocket_connections: 'open WebSocket connections',
} as const;

export type AlertMetric = keyof typeof ALERT_METRICS;
export type Comparison = 'gt' | 'gte' | 'lt' | 'lte';
export type Severity = 'info' | 'warning' | 'error' | 'critical';

export interface AlertRuleInput {
  name: string;
  description?: string;
  metric: AlertMetric;
  comparison: Comparison;
  threshold: number;
  /** How long the condition must hold before the alert fires. */
  forSeconds?: number;
  severity: Severity;
  enabled?: boolean;
  /** Besides the log, POST each firing and resolution here (with retries). */
  webhookUrl?: string | null;
}

export interface AlertRule extends Required<AlertRuleInput> {
  id: string;
  builtIn: boolean;
  createdAt: string;
  updatedAt: string;
}

const DEFAULT_RULES: AlertRuleInput[] = [
  { name: 'Event loop stalling', description: 'Requests wait while the event loop is blocked.', metric: 'event_loop_lag_p99_ms', comparison: 'gt', threshold: 500, forSeconds: 30, severity: 'warning' },
  { name: 'Disk nearly full', description: 'Writes fail when the data volume fills up.', metric: 'disk_used_percent', comparison: 'gt', threshold: 90, forSeconds: 60, severity: 'critical' },
  { name: 'High error rate', description: 'More than 5% of HTTP requests fail with 5xx.', metric: 'http_error_rate', comparison: 'gt', threshold: 0.05, forSeconds: 60, severity: 'error' },
  { name: 'WAL growing', description: 'Checkpoints are not keeping up (a long-running reader holds them back).', metric: 'wal_bytes', comparison: 'gt', threshold: 256 * 1024 * 1024, forSeconds: 300, severity: 'warning' },
];

export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  switch (comparison) {
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
  }
}

export class AlertRuleStore {
  private readonly rules = new Map<string, AlertRule>();

  constructor(private readonly file: string) {
    if (existsSync(file)) {
      for (const rule of JSON.parse(readFileSync(file, 'utf8')) as AlertRule[]) this.rules.set(rule.id, rule);
    } else {
      for (const input of DEFAULT_RULES) this.add(input, true);
      this.save();
    }
  }

  alertRules(): AlertRule[] {
    return [...this.rules.values()];
  }

  alertRule(id: string): AlertRule {
    const rule = this.rules.get(id);
    if (!rule) throw notFound('alert rule', id);
    return rule;
  }

  createAlertRule(input: AlertRuleInput): AlertRule {
    const rule = this.add(input, false);
    this.save();
    return rule;
  }

  updateAlertRule(id: string, input: AlertRuleInput): AlertRule {
    const existing = this.alertRule(id);
    const rule: AlertRule = { ...existing, ...completed(input), updatedAt: new Date().toISOString() };
    this.rules.set(id, rule);
    this.save();
    return rule;
  }

  deleteAlertRule(id: string): void {
    this.alertRule(id);
    this.rules.delete(id);
    this.save();
  }

  private add(input: AlertRuleInput, builtIn: boolean): AlertRule {
    const now = new Date().toISOString();
    const rule: AlertRule = { id: randomUUID(), ...completed(input), builtIn, createdAt: now, updatedAt: now };
    this.rules.set(rule.id, rule);
    return rule;
  }

  /** Written to a scratch file first, so a crash never leaves half a file. */
  private save(): void {
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.alertRules(), null, 2));
    renameSync(`${this.file}.tmp`, this.file);
  }
}

/** The input checked, with its defaults. */
function completed(input: AlertRuleInput): Required<AlertRuleInput> {
  if (!(input.metric in ALERT_METRICS)) throw invalid('/body/metric', `unknown metric ${JSON.stringify(input.metric)}; one of ${Object.keys(ALERT_METRICS).join(', ')}`);
  if (input.name.trim() === '') throw invalid('/body/name', 'the name must not be blank');
  if (!Number.isFinite(input.threshold)) throw invalid('/body/threshold', 'the threshold must be a finite number');
  const forSeconds = input.forSeconds ?? 0;
  if (!Number.isInteger(forSeconds) || forSeconds < 0) throw invalid('/body/forSeconds', 'forSeconds must be a whole number of seconds, 0 or more');
  const webhookUrl = input.webhookUrl ?? null;
  if (webhookUrl !== null && !/^https?:\/\//.test(webhookUrl)) throw invalid('/body/webhookUrl', 'the webhook must be an http or https URL');
  if (webhookUrl !== null && !URL.canParse(webhookUrl)) throw invalid('/body/webhookUrl', 'the webhook URL does not parse');
  return { name: input.name, description: input.description ?? '', metric: input.metric, comparison: input.comparison, threshold: input.threshold, forSeconds, severity: input.severity, enabled: input.enabled ?? true, webhookUrl };
}
