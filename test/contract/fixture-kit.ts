// What contract fixtures share: the server under test and ways to make fresh things on it, so an
// operation that changes or drops something never disturbs another's fixture.
import type { OperationId } from '../../generated/rest/operations.js';
import { call, type TestServer } from '../helpers/server.js';

/** One valid request of an operation. */
export interface ContractRequest {
  path?: Record<string, string>;
  query?: Record<string, string | string[]>;
  body?: unknown;
  /** Credentials other than the admin's (an operation that ends its own session). */
  headers?: Record<string, string>;
}

export type Fixtures = Partial<Record<OperationId, () => Promise<ContractRequest>>>;

let server: TestServer | undefined;
let counter = 0;

export function useContractServer(target: TestServer): void {
  server = target;
}

export function contractServer(): TestServer {
  if (!server) throw new Error('the contract server is not started');
  return server;
}

/** A name no fixture used before. */
export function unique(prefix: string): string {
  return `${prefix}${++counter}`;
}

/** POSTs as the admin; setup failing fails loudly. */
export async function post(path: string, body?: unknown): Promise<any> {
  const response = await call(contractServer(), 'POST', path, body);
  if (response.status >= 300) throw new Error(`setup ${path} failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A fresh table (id, label, n) with two rows. */
export async function freshTable(): Promise<string> {
  const name = unique('t');
  await post('/api/v1/tables', { name, columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'label', type: 'TEXT' }, { name: 'n', type: 'INTEGER' }] });
  await post(`/api/v1/tables/${name}/rows/batch`, { rows: [{ label: 'a', n: 1 }, { label: 'b', n: 2 }] });
  return name;
}

export async function freshUser(): Promise<string> {
  return (await post('/api/v1/admin/users', { username: unique('user'), password: 'a-long-password', roles: ['analyst'] })).id;
}

export async function freshRole(): Promise<string> {
  return (await post('/api/v1/admin/roles', { name: unique('role'), permissions: ['database:read'] })).id;
}

export async function openTransaction(): Promise<string> {
  return (await post('/api/v1/transactions', {})).id;
}
