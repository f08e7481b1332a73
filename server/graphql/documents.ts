// Parsed and validated GraphQL documents, remembered by their text: clients send the same few
// operations over and over, and parsing plus validation costs more than most resolvers.
import { type DocumentNode, type GraphQLSchema, type Source, type ValidationRule, parse, specifiedRules, validate } from 'graphql';

const MAX_DOCUMENTS = 1000;

export class DocumentCache {
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly valid = new WeakSet<DocumentNode>();
  private readonly rules: readonly ValidationRule[];

  /** extraRules run with graphql's own (depth and cost limits). */
  constructor(extraRules: readonly ValidationRule[]) {
    this.rules = [...specifiedRules, ...extraRules];
  }

  parse = (source: string | Source): DocumentNode => {
    const text = typeof source === 'string' ? source : source.body;
    let document = this.parsed.get(text);
    if (!document) {
      document = parse(source);
      if (this.parsed.size >= MAX_DOCUMENTS) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(text, document);
    }
    return document;
  };

  /** Validates a document once; later requests with the same text skip validation. */
  validate = (schema: GraphQLSchema, document: DocumentNode): ReturnType<typeof validate> => {
    if (this.valid.has(document)) return [];
    const errors = validate(schema, document, this.rules);
    if (errors.length === 0) this.valid.add(document);
    return errors;
  };
}
