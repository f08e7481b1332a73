// Validation rules that keep one GraphQL request from exhausting the server: a bound on the depth
// of selections and on their cost (each field 1, a list's sub-selection times its size).
import { type ASTVisitor, type FieldNode, GraphQLError, type GraphQLField, type GraphQLOutputType, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule, getNamedType, isListType, isNonNullType, isObjectType, isInterfaceType, Kind } from 'graphql';

/** Argument names that bound how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['limit', 'first', 'last', 'pageSize']);
/** Assumed size of a list whose field takes no size argument. */
const DEFAULT_LIST_SIZE = 10;

interface Measure {
  depth: number;
  cost: number;
}

export function limitRules(options: { maxDepth: number; maxCost: number }): ValidationRule[] {
  return [
    (context: ValidationContext): ASTVisitor => ({
      OperationDefinition(operation: OperationDefinitionNode) {
        const root = context.getSchema().getRootType(operation.operation);
        if (!root) return;
        const { depth, cost } = measure(context, operation, operation.selectionSet, root, new Set());
        const fail = (message: string) => context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
        if (depth > options.maxDepth) fail(`query depth ${depth} exceeds the limit of ${options.maxDepth}`);
        if (cost > options.maxCost) fail(`query cost ${cost} exceeds the limit of ${options.maxCost}`);
      },
    }),
  ];
}

function measure(context: ValidationContext, operation: OperationDefinitionNode, selectionSet: SelectionSetNode, parent: GraphQLOutputType, fragments: Set<string>): Measure {
  let depth = 0;
  let cost = 0;
  const named = getNamedType(parent);
  const fields = isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
  for (const selection of selectionSet.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      // Introspection is bounded by the schema, and GraphiQL's own query is deep.
      if (selection.name.value.startsWith('__')) continue;
      const field = fields[selection.name.value];
      if (!field) continue;
      const below = selection.selectionSet ? measure(context, operation, selection.selectionSet, field.type, fragments) : { depth: 0, cost: 0 };
      inner = { depth: below.depth + 1, cost: 1 + below.cost * listSize(field, selection, operation) };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (context.getSchema().getType(selection.typeCondition.name.value) as GraphQLOutputType | undefined) : parent;
      inner = measure(context, operation, selection.selectionSet, type ?? parent, fragments);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment cycle is reported by graphql's own rule; here it only must not loop.
      if (!fragment || fragments.has(name)) continue;
      const type = context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLOutputType | undefined;
      inner = measure(context, operation, fragment.selectionSet, type ?? parent, new Set([...fragments, name]));
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

function listSize(field: GraphQLField<unknown, unknown>, node: FieldNode, operation: OperationDefinitionNode): number {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(type)) return 1;
  for (const argument of node.arguments ?? []) {
    if (!SIZE_ARGUMENTS.has(argument.name.value)) continue;
    if (argument.value.kind === Kind.INT) return Number(argument.value.value);
    if (argument.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      const definition = operation.variableDefinitions?.find((variable) => variable.variable.name.value === name);
      if (definition?.defaultValue?.kind === Kind.INT) return Number(definition.defaultValue.value);
    }
  }
  return DEFAULT_LIST_SIZE;
}
