// Alerts: every evaluation reads the metrics the rules watch and moves each rule's alert along
// firing -> acknowledged -> resolved. A condition must hold forSeconds before its alert fires;
// a firing or acknowledged alert resolves as soon as the condition stops holding. Firings and
// resolutions go to the log, to the rule's webhook (with retries) and to live subscribers.
import { randomUUID } from 'node:crypto';
import { EngineError, notFound } from '../../errors.js';
import { type AlertMetric, type AlertRule, type AlertRuleInput, AlertRuleStore, type Comparison, type Severity, compare } from './alert-rules.js';
import type { Notifier } from './notifier.js';

export type AlertState = 'firing' | 'acknowledged' | 'resolved';

export interface Alert {
  id: string;
  ruleId: string;
  ruleName: string;
  metric: AlertMetric;
  comparison: Comparison;
  threshold: number;
  severity: Severity;
  state: AlertState;
  /** The metric's value at the latest evaluation while the alert was open. */
  value: number;
  message: string;
  firedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
}

export interface AlertFilter {
  severity?: Severity;
  state?: AlertState;
}

/** Alerts kept, open and past; the oldest resolved ones go first. */
const HISTORY = 1000;

export class AlertsModule {
  private readonly store: AlertRuleStore;
  private readonly history: Alert[] = [];
  /** Since when each rule's condition has held without its alert firing yet. */
  private readonly pendingSince = new Map<string, number>();
  private readonly listeners = new Set<(alert: Alert) => void>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    rulesFile: string,
    private readonly readMetrics: () => Record<AlertMetric, number>,
    private readonly notifier: Notifier,
    evaluationIntervalMs: number,
  ) {
    this.store = new AlertRuleStore(rulesFile);
    this.timer = setInterval(() => this.evaluate(), evaluationIntervalMs);
    this.timer.unref();
  }

  alerts(filter: AlertFilter = {}): Alert[] {
    return this.history.filter((alert) => (filter.severity === undefined || alert.severity === filter.severity) && (filter.state === undefined || alert.state === filter.state)).reverse();
  }

  acknowledgeAlert(id: string, username: string | null): Alert {
    const alert = this.history.find((candidate) => candidate.id === id);
    if (!alert) throw notFound('alert', id);
    if (alert.state === 'resolved') throw new EngineError('CONFLICT', `alert ${id} is already resolved`);
    if (alert.state === 'firing') {
      alert.state = 'acknowledged';
      alert.acknowledgedAt = new Date().toISOString();
      alert.acknowledgedBy = username;
      this.emit(alert);
    }
    return alert;
  }

  alertRules(): AlertRule[] {
    return this.store.alertRules();
  }

  alertRule(id: string): AlertRule {
    return this.store.alertRule(id);
  }

  createAlertRule(input: AlertRuleInput): AlertRule {
    return this.store.createAlertRule(input);
  }

  updateAlertRule(id: string, input: AlertRuleInput): AlertRule {
    const rule = this.store.updateAlertRule(id, input);
    // A changed rule starts afresh: its open alert was about the old condition.
    this.resolveOpen(id, 'the rule changed');
    this.pendingSince.delete(id);
    return rule;
  }

  deleteAlertRule(id: string): void {
    this.store.deleteAlertRule(id);
    this.resolveOpen(id, 'the rule was deleted');
    this.pendingSince.delete(id);
  }

  /** Open alerts by severity (for the metrics). */
  openCounts(): Array<{ severity: string; count: number }> {
    const counts = new Map<string, number>();
    for (const alert of this.history) if (alert.state !== 'resolved') counts.set(alert.severity, (counts.get(alert.severity) ?? 0) + 1);
    return [...counts].map(([severity, count]) => ({ severity, count }));
  }

  /** Calls the listener with each alert that fires, is acknowledged or resolves; returns the unsubscribe. */
  onAlert(listener: (alert: Alert) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the metrics and applies every enabled rule (runs on a timer; tests call it directly). */
  evaluate(now = Date.now()): void {
    const readings = this.readMetrics();
    for (const rule of this.store.alertRules()) {
      const open = this.openAlert(rule.id);
      const value = readings[rule.metric];
      if (!rule.enabled || !compare(value, rule.comparison, rule.threshold)) {
        this.pendingSince.delete(rule.id);
        if (open) this.resolve(open, value, rule.enabled ? 'the condition no longer holds' : 'the rule was disabled');
        continue;
      }
      if (open) {
        open.value = value;
        continue;
      }
      const since = this.pendingSince.get(rule.id) ?? now;
      this.pendingSince.set(rule.id, since);
      if (now - since >= rule.forSeconds * 1000) this.fire(rule, value, now);
    }
  }

  close(): void {
    clearInterval(this.timer);
  }

  private fire(rule: AlertRule, value: number, now: number): void {
    this.pendingSince.delete(rule.id);
    const alert: Alert = {
      id: randomUUID(),
      ruleId: rule.id,
      ruleName: rule.name,
      metric: rule.metric,
      comparison: rule.comparison,
      threshold: rule.threshold,
      severity: rule.severity,
      state: 'firing',
      value,
      message: `${rule.name}: ${rule.metric} is ${value} (${rule.comparison} ${rule.threshold}${rule.forSeconds > 0 ? ` for ${rule.forSeconds} s` : ''})`,
      firedAt: new Date(now).toISOString(),
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
    };
    this.history.push(alert);
    this.trimHistory();
    this.notifier.notify(alert, rule.webhookUrl);
    this.emit(alert);
  }

  private resolve(alert: Alert, value: number | null, why: string): void {
    alert.state = 'resolved';
    alert.resolvedAt = new Date().toISOString();
    if (value !== null) alert.value = value;
    alert.message = `${alert.message}; resolved: ${why}`;
    this.notifier.notify(alert, this.ruleWebhook(alert.ruleId));
    this.emit(alert);
  }

  private resolveOpen(ruleId: string, why: string): void {
    const open = this.openAlert(ruleId);
    if (open) this.resolve(open, null, why);
  }

  private ruleWebhook(ruleId: string): string | null {
    return this.store.alertRules().find((rule) => rule.id === ruleId)?.webhookUrl ?? null;
  }

  private openAlert(ruleId: string): Alert | undefined {
    return this.history.find((alert) => alert.ruleId === ruleId && alert.state !== 'resolved');
  }

  private trimHistory(): void {
    while (this.history.length > HISTORY) {
      const index = this.history.findIndex((alert) => alert.state === 'resolved');
      if (index < 0) break;
      this.history.splice(index, 1);
    }
  }

  private emit(alert: Alert): void {
    for (const listener of this.listeners) listener({ ...alert });
  }
}
