// Parsed and validated GraphQL documents, remembered by their text: clients send the same few
// operations over and over, and parsing plus validation costs more than most resolvers.
import { type DocumentNode, type GraphQLSchema, type Source, parse, validate } from 'graphql';

const MAX_DOCUMENTS = 1000;

export class DocumentCache {
  private readonly parsed = new Map<string, DocumentNode>();
  private readonly valid = new WeakSet<DocumentNode>();

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
  validate = (schema: GraphQLSchema, document: DocumentNode, ...rest: Parameters<typeof validate> extends [unknown, unknown, ...infer R] ? R : never): ReturnType<typeof validate> => {
    if (this.valid.has(document)) return [];
    const errors = validate(schema, document, ...rest);
    if (errors.length === 0) this.valid.add(document);
    return errors;
  };
}
