// GraphQL: merges the SDL modules, checks every root field declares a permission, writes one
// client operation per root field, then runs GraphQL Code Generator (codegen.yml).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  buildASTSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  print,
} from 'graphql';
import { GENERATED_HEADER, type GeneratedFiles, literal, pascalCase } from './emit.js';
import { Problems, listFiles, moduleName } from './specs.js';

export const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;
export type RootType = (typeof ROOT_TYPES)[number];

export interface RootField {
  root: RootType;
  name: string;
  module: string;
  permission: string;
}

export interface GraphQLSpec {
  schema: GraphQLSchema;
  fields: RootField[];
  /** The merged SDL with directives, as served at /schema.graphql. */
  sdl: string;
}

export function loadGraphQL(specsDir: string, permissions: string[]): GraphQLSpec {
  const files = listFiles(join(specsDir, 'graphql'), '.graphql');
  const problems = new Problems();
  const fields: RootField[] = [];
  const sources: string[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    sources.push(source);
    const module = moduleName(file, '.graphql');
    for (const definition of parse(source).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const root = definition.name.value as RootType;
      if (!ROOT_TYPES.includes(root)) continue;
      if (module === 'root') continue;
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) problems.add(`${module}.graphql`, `use "extend type ${root}"`);
      for (const field of definition.fields ?? []) {
        const directive = field.directives?.find((candidate) => candidate.name.value === 'permission');
        const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'requires');
        const permission = argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
        if (permission === undefined || !permissions.includes(permission)) {
          problems.add(`${module}.graphql`, `${root}.${field.name.value} needs @permission(requires: ...), one of: ${permissions.join(', ')}`);
        }
        fields.push({ root, name: field.name.value, module, permission: permission ?? '' });
      }
    }
  }
  problems.throwIfAny();
  const schema = buildASTSchema(parse(sources.join('\n')));
  return { schema, fields, sdl: `${printSchemaWithDirectives(schema)}\n` };
}

export async function generateGraphQL(root: string, spec: GraphQLSpec): Promise<GeneratedFiles> {
  const files: GeneratedFiles = new Map();
  files.set('generated/graphql/schema.graphql', spec.sdl);
  files.set('generated/graphql/fields.ts', fieldTable(spec.fields));
  // graphql-codegen reads the operations document from disk, so it is written before it runs.
  const operationsPath = 'generated/graphql/client-operations.graphql';
  const operations = clientOperations(spec.schema);
  mkdirSync(dirname(join(root, operationsPath)), { recursive: true });
  writeFileSync(join(root, operationsPath), operations);
  files.set(operationsPath, operations);
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const outputs = await generate({ ...config, cwd: root, silent: true, errorsOnly: true }, false);
  for (const output of outputs) files.set(output.filename, output.content);
  return files;
}

function fieldTable(fields: RootField[]): string {
  const modules = [...new Set(fields.map((field) => field.module))];
  const lines = [
    GENERATED_HEADER,
    "import type { MutationResolvers, QueryResolvers, Resolvers, SubscriptionResolvers } from './resolvers.js';",
    '',
    'export interface RootFieldInfo {',
    '  module: string;',
    '  permission: string;',
    '}',
    '',
    '/** Every root field with its module and the permission it needs. */',
    'export const rootFields = {',
  ];
  for (const root of ROOT_TYPES) {
    lines.push(`  ${root}: {`);
    for (const field of fields.filter((candidate) => candidate.root === root)) {
      lines.push(`    ${field.name}: { module: ${literal(field.module)}, permission: ${literal(field.permission)} },`);
    }
    lines.push('  },');
  }
  lines.push('} as const satisfies Record<string, Record<string, RootFieldInfo>>;', '');
  const resolverTypes: Record<RootType, string> = { Query: 'QueryResolvers', Mutation: 'MutationResolvers', Subscription: 'SubscriptionResolvers' };
  for (const module of modules) {
    lines.push(`/** Resolvers of the ${module} module: every root field it declares is required. */`);
    lines.push(`export type ${pascalCase(module)}GraphQLResolvers<Context> = {`);
    for (const root of ROOT_TYPES) {
      const names = fields.filter((field) => field.module === module && field.root === root).map((field) => literal(field.name));
      if (names.length > 0) lines.push(`  ${root}: Pick<Required<${resolverTypes[root]}<Context>>, ${names.join(' | ')}>;`);
    }
    lines.push(`} & Omit<Resolvers<Context>, 'Query' | 'Mutation' | 'Subscription'>;`, '');
  }
  lines.push(
    `export const graphQLModules = [${modules.map(literal).join(', ')}] as const;`,
    '',
    '/** One resolver map per module: a server that lacks a module does not compile. */',
    'export type GraphQLModules<Context> = {',
    ...modules.map((module) => `  ${module}: ${pascalCase(module)}GraphQLResolvers<Context>;`),
    '};',
    '',
  );
  return lines.join('\n');
}

const SELECTION_DEPTH = 4;

/** One named operation per root field, selecting every field reachable without required arguments. */
function clientOperations(schema: GraphQLSchema): string {
  const documents: string[] = ['# Generated by `npm run codegen` from specs/graphql. Do not edit.'];
  for (const root of ROOT_TYPES) {
    const type = schema.getType(root) as GraphQLObjectType | undefined;
    if (type === undefined) continue;
    for (const field of Object.values(type.getFields())) {
      const variables = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
      const argumentsList = field.args.map((argument) => `${argument.name}: $${argument.name}`);
      const header = `${root.toLowerCase()} ${pascalCase(field.name)}${root}${variables.length > 0 ? `(${variables.join(', ')})` : ''}`;
      const call = `${field.name}${argumentsList.length > 0 ? `(${argumentsList.join(', ')})` : ''}`;
      documents.push(print(parse(`${header} { ${call}${selection(field.type, 1)} }`)));
    }
  }
  return `${documents.join('\n\n')}\n`;
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return '';
  const parts = Object.values(named.getFields())
    .filter((field: GraphQLField<unknown, unknown>) => field.args.every((argument) => !isNonNullType(argument.type)))
    .map((field) => {
      if (isLeafType(getNamedType(field.type))) return field.name;
      const nested = depth < SELECTION_DEPTH ? selection(field.type, depth + 1) : '';
      return nested === '' ? null : `${field.name}${nested}`;
    })
    .filter((part) => part !== null);
  return parts.length === 0 ? '' : ` { ${parts.join(' ')} }`;
}
