// Where alerts go when they fire or resolve: always the log; and, when the rule names one, a
// webhook, POSTed the alert as JSON and retried with growing pauses until it answers 2xx.

export interface NotifierOptions {
  log(level: 'warn' | 'info' | 'error', message: string, fields: Record<string, unknown>): void;
  /** Attempts per webhook delivery, and the pause before the second (doubling after). */
  webhookAttempts: number;
  webhookRetryMs: number;
  webhookTimeoutMs: number;
}

export class Notifier {
  constructor(private readonly options: NotifierOptions) {}

  notify(alert: { id: string; state: string; severity: string; message: string }, webhookUrl: string | null): void {
    this.options.log(alert.state === 'resolved' ? 'info' : 'warn', `alert ${alert.state}: ${alert.message}`, { alertId: alert.id, severity: alert.severity, state: alert.state });
    if (webhookUrl !== null) void this.deliver(webhookUrl, alert);
  }

  private async deliver(url: string, alert: { id: string; state: string }): Promise<void> {
    let pause = this.options.webhookRetryMs;
    let failure = '';
    for (let attempt = 1; attempt <= this.options.webhookAttempts; attempt++) {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert), signal: AbortSignal.timeout(this.options.webhookTimeoutMs) });
        if (response.ok) return;
        failure = `answered ${response.status}`;
      } catch (error) {
        failure = (error as Error).message;
      }
      if (attempt < this.options.webhookAttempts) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause *= 2;
      }
    }
    this.options.log('error', `alert webhook failed after ${this.options.webhookAttempts} attempts: ${failure}`, { alertId: alert.id, state: alert.state, webhookUrl: url });
  }
}
