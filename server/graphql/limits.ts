// Validation rules that keep one GraphQL request from exhausting the server: a bound on how deep
// its selections nest and on its cost (each field 1, a list's sub-selection times its size).
import {
  type ASTVisitor,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';

/** Argument names that bound how many items a list field returns. */
const SIZE_ARGUMENTS = new Set(['limit', 'first', 'last', 'pageSize']);
/** Assumed size of a list whose field takes no size argument. */
const DEFAULT_LIST_SIZE = 10;

/** How one measure scores a field from the score of its sub-selection, and merges siblings. */
interface Measure {
  field(field: GraphQLField<unknown, unknown>, node: FieldNode, operation: OperationDefinitionNode, below: number): number;
  siblings(a: number, b: number): number;
}

const depth: Measure = {
  field: (_field, _node, _operation, below) => below + 1,
  siblings: Math.max,
};

const cost: Measure = {
  field: (field, node, operation, below) => 1 + below * listSize(field, node, operation),
  siblings: (a, b) => a + b,
};

export function depthLimit(maxDepth: number): ValidationRule {
  return limitRule('depth', depth, maxDepth);
}

export function costLimit(maxCost: number): ValidationRule {
  return limitRule('cost', cost, maxCost);
}

export function limitRules(options: { maxDepth: number; maxCost: number }): ValidationRule[] {
  return [depthLimit(options.maxDepth), costLimit(options.maxCost)];
}

function limitRule(name: string, measure: Measure, limit: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return; // reported by graphql's own rules
      const score = new Scorer(context, operation, measure).selectionSet(operation.selectionSet, root);
      if (score > limit) {
        context.reportError(new GraphQLError(`query ${name} ${score} exceeds the limit of ${limit}`, { nodes: [operation], extensions: { code: 'QUERY_TOO_COMPLEX' } }));
      }
    },
  });
}

/** Scores one operation, expanding its fragments. */
class Scorer {
  /** Each fragment is scored once per operation, so a document that spreads fragments
   * exponentially often (each spreading the next twice) is still measured in linear time. */
  private readonly fragmentScores = new Map<string, number>();

  constructor(
    private readonly context: ValidationContext,
    private readonly operation: OperationDefinitionNode,
    private readonly measure: Measure,
  ) {}

  selectionSet(selectionSet: SelectionSetNode, parent: GraphQLOutputType): number {
    const named = getNamedType(parent);
    const fields = isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
    let score = 0;
    for (const selection of selectionSet.selections) {
      let inner: number;
      if (selection.kind === Kind.FIELD) {
        // Introspection is bounded by the schema, and the standard introspection query nests
        // deeper than any sensible limit on data.
        if (selection.name.value.startsWith('__')) continue;
        const field = fields[selection.name.value];
        if (!field) continue; // unknown fields are reported by graphql's own rules
        const below = selection.selectionSet ? this.selectionSet(selection.selectionSet, field.type) : 0;
        inner = this.measure.field(field, selection, this.operation, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.selectionSet(selection.selectionSet, this.typeNamed(selection.typeCondition?.name.value) ?? parent);
      } else {
        inner = this.fragment(selection.name.value);
      }
      score = this.measure.siblings(score, inner);
    }
    return score;
  }

  private fragment(name: string): number {
    const known = this.fragmentScores.get(name);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    if (!fragment) return 0;
    // A cycle is reported by graphql's NoFragmentCycles; scoring it as 0 while in progress only
    // keeps this walk from looping.
    this.fragmentScores.set(name, 0);
    const type = this.typeNamed(fragment.typeCondition.name.value);
    const score = type ? this.selectionSet(fragment.selectionSet, type) : 0;
    this.fragmentScores.set(name, score);
    return score;
  }

  private typeNamed(name: string | undefined): GraphQLOutputType | undefined {
    const type = name === undefined ? undefined : this.context.getSchema().getType(name);
    return isCompositeType(type) ? type : undefined;
  }
}

/** How many items a field returns: 1 unless it is a list, then its size argument or a default. */
function listSize(field: GraphQLField<unknown, unknown>, node: FieldNode, operation: OperationDefinitionNode): number {
  if (!isListType(getNullableType(field.type))) return 1;
  for (const argument of node.arguments ?? []) {
    if (!SIZE_ARGUMENTS.has(argument.name.value)) continue;
    const { value } = argument;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const variable = operation.variableDefinitions?.find((definition) => definition.variable.name.value === value.name.value);
      if (variable?.defaultValue?.kind === Kind.INT) return Number(variable.defaultValue.value);
    }
  }
  return DEFAULT_LIST_SIZE;
}
