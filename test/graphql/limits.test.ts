// Depth and cost limits as validation rules, against a small schema of nested lists.
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimit, depthLimit, limitRules } from '../../server/graphql/limits.js';

const schema = buildSchema(`
  type Query { items(limit: Int): [Item!]! item: Item search: [Result!]! }
  type Item { id: ID! children(first: Int): [Item!]! name: String }
  type Other { id: ID! }
  union Result = Item | Other
`);

function errors(query: string, options: { maxDepth: number; maxCost: number }) {
  return validate(schema, parse(query), [...specifiedRules, ...limitRules(options)]);
}

function messages(query: string, options: { maxDepth: number; maxCost: number }) {
  return errors(query, options).map((error) => error.message);
}

const generous = { maxDepth: 100, maxCost: 1_000_000 };

describe('depthLimit', () => {
  it('accepts an operation at the limit', () => {
    expect(messages('{ item { children(first: 1) { id } } }', { ...generous, maxDepth: 3 })).toEqual([]);
  });

  it('rejects an operation past the limit, pointing at the operation', () => {
    const query = 'query Deep { item { children(first: 1) { children(first: 1) { id } } } }';
    const [error, ...rest] = errors(query, { ...generous, maxDepth: 3 });
    expect(rest).toEqual([]);
    expect(error?.message).toBe('query depth 4 exceeds the limit of 3');
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(error?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('counts fragment spreads and inline fragments', () => {
    const query = `
      { item { ...Deeper } }
      fragment Deeper on Item { children(first: 1) { ... on Item { children(first: 1) { id } } } }
    `;
    expect(messages(query, { ...generous, maxDepth: 3 })).toEqual(['query depth 4 exceeds the limit of 3']);
  });

  it('measures each operation of a document on its own', () => {
    const query = 'query Shallow { item { id } } query Deep { item { children { children { id } } } }';
    expect(validate(schema, parse(query), [depthLimit(3)]).map((error) => error.message)).toEqual(['query depth 4 exceeds the limit of 3']);
  });

  it('leaves fragment cycles to graphql and terminates', () => {
    const query = '{ item { ...A } } fragment A on Item { children { ...B } } fragment B on Item { children { ...A } }';
    const found = errors(query, { maxDepth: 1, maxCost: 1 });
    expect(found.some((error) => error.message.startsWith('Cannot spread fragment'))).toBe(true);
  });
});

describe('costLimit', () => {
  const cost = (query: string) => {
    const [error] = validate(schema, parse(query), [costLimit(0)]);
    return Number(/query cost (\d+)/.exec(error?.message ?? '')?.[1]);
  };

  it('charges 1 per field', () => {
    expect(cost('{ item { id name } }')).toBe(3);
  });

  it('multiplies a list field’s sub-selection by its literal limit', () => {
    expect(cost('{ items(limit: 5) { id children(first: 3) { id } } }')).toBe(1 + 5 * (1 + 1 + 3 * 1));
  });

  it('uses a variable’s default as the list size', () => {
    expect(cost('query ($n: Int = 7) { items(limit: $n) { id } }')).toBe(1 + 7);
  });

  it('assumes 10 items for a list without a size, or with a variable without a default', () => {
    expect(cost('{ items { id name } }')).toBe(1 + 10 * 2);
    expect(cost('query ($n: Int) { items(limit: $n) { id } }')).toBe(1 + 10);
  });

  it('expands fragment spreads and inline fragments', () => {
    const query = `
      { items(limit: 2) { ...Names ... on Item { id } } search { ... on Item { id } ... on Other { id } } }
      fragment Names on Item { name }
    `;
    expect(cost(query)).toBe(1 + 2 * 2 + (1 + 10 * 2));
  });

  it('rejects past the limit, saying the cost and the limit', () => {
    const query = '{ items(limit: 100) { children(first: 100) { id } } }';
    const [error, ...rest] = errors(query, { ...generous, maxCost: 5000 });
    expect(rest).toEqual([]);
    expect(error?.message).toBe('query cost 10101 exceeds the limit of 5000');
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('scores a fragment bomb without expanding it', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Item { a: children(first: 1) { ...F${i + 1} } b: children(first: 1) { ...F${i + 1} } }`);
    const query = `{ item { ...F0 } } ${fragments.join(' ')} fragment F40 on Item { id }`;
    expect(cost(query)).toBeGreaterThan(2 ** 40);
  });
});

describe('limitRules', () => {
  const defaults = { maxDepth: 12, maxCost: 5000 };

  it('accepts an ordinary query', () => {
    expect(messages('query ($n: Int = 20) { items(limit: $n) { id name children(first: 5) { id } } }', defaults)).toEqual([]);
  });

  it('skips introspection, whose standard query nests deeper than the limit', () => {
    expect(messages(getIntrospectionQuery(), defaults)).toEqual([]);
    expect(messages('{ __typename item { __typename id } }', { maxDepth: 2, maxCost: 2 })).toEqual([]);
  });

  it('reports both limits at once', () => {
    const query = '{ items(limit: 100) { children(first: 100) { children { id } } } }';
    expect(messages(query, { maxDepth: 2, maxCost: 5000 })).toEqual(['query depth 4 exceeds the limit of 2', 'query cost 110101 exceeds the limit of 5000']);
  });
});
