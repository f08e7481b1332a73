// The permission model: what each permission allows, and the built-in roles of the seeds.
// Specs name these in x-strata-permission / @permission; a test keeps the two lists equal.

export const PERMISSIONS = {
  'database:read': 'Read schemas, rows and query results.',
  'database:write': 'Change rows and schemas, run any SQL, hold transactions.',
  'database:admin': 'Administer databases.',
  'cluster:read': 'View cluster status.',
  'cluster:write': 'Manage cluster nodes.',
  'system:read': 'View server information and metrics.',
  'system:admin': 'Administer the server: users, roles, the audit trail.',
} as const;

export type Permission = keyof typeof PERMISSIONS;

/** What an operation may require besides a permission. */
export type Requirement = Permission | 'public' | 'authenticated';

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

export interface BuiltInRole {
  description: string;
  permissions: readonly Permission[];
}

export const BUILT_IN_ROLES: Record<string, BuiltInRole> = {
  admin: { description: 'Everything.', permissions: ALL_PERMISSIONS },
  developer: { description: 'Read and write data.', permissions: ['database:read', 'database:write'] },
  analyst: { description: 'Read data.', permissions: ['database:read'] },
  monitor: { description: 'Metrics and monitoring only.', permissions: ['system:read', 'cluster:read'] },
};
