// What changed between two health reports: the overall status or any component's status.
import type { ComponentHealth, HealthReport, HealthState } from './health.js';

export interface HealthStatusChange {
  status: HealthState;
  /** The components whose status changed (all of them when there is no previous report). */
  changedComponents: ComponentHealth[];
  errors: string[];
  warnings: string[];
  timestamp: string;
}

/** The change from `previous` to `current`, or null when nothing changed. */
export function healthChange(previous: HealthReport | null, current: HealthReport): HealthStatusChange | null {
  const before = new Map(previous?.components.map((component) => [component.name, component.status]));
  const changedComponents = current.components.filter((component) => before.get(component.name) !== component.status);
  if (previous !== null && previous.status === current.status && changedComponents.length === 0) return null;
  const describe = (status: HealthState) => current.components.filter((component) => component.status === status).map((component) => `${component.name}: ${component.details}`);
  return { status: current.status, changedComponents, errors: describe('fail'), warnings: describe('warn'), timestamp: current.checkedAt };
}
