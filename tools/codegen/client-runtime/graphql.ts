// GraphQL over HTTP (queries, mutations) and over graphql-ws (subscriptions), typed by the
// generated documents.
import { type Client as WsClient, createClient } from 'graphql-ws';
import type { TypedDocumentString } from '../graphql/graphql.js';
import { type GraphQLErrorEntry, StrataGraphQLError } from './errors.js';

export interface GraphQLClientOptions {
  /** http(s) URL of the GraphQL endpoint, e.g. http://127.0.0.1:8080/graphql. */
  url: string;
  headers: () => Record<string, string>;
  fetch: typeof fetch;
  /** A WebSocket implementation; Node 20 has none built in (pass the ws package). */
  WebSocket?: unknown;
}

interface ExecutionResult<Data> {
  data?: Data | null;
  errors?: GraphQLErrorEntry[];
}

export class GraphQLClient {
  private ws: WsClient | undefined;

  constructor(private readonly options: GraphQLClientOptions) {}

  /** Runs a query or mutation; throws StrataGraphQLError when the result has errors. */
  async request<Data, Variables>(document: TypedDocumentString<Data, Variables>, variables?: Variables): Promise<Data> {
    const response = await this.options.fetch(this.options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...this.options.headers() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
    const result = (await response.json()) as ExecutionResult<Data>;
    if (result.errors && result.errors.length > 0) throw new StrataGraphQLError(result.errors);
    return result.data as Data;
  }

  /** Subscribes; iterate the result for events, and return() (or break) to unsubscribe. */
  subscribe<Data, Variables>(document: TypedDocumentString<Data, Variables>, variables?: Variables): AsyncIterableIterator<Data> {
    const iterator = this.wsClient().iterate<Data>({ query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> });
    return {
      async next() {
        const step = await iterator.next();
        if (step.done) return { done: true, value: undefined };
        if (step.value.errors && step.value.errors.length > 0) throw new StrataGraphQLError(step.value.errors as GraphQLErrorEntry[]);
        return { done: false, value: step.value.data as Data };
      },
      async return() {
        await iterator.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Closes the subscription connection, if one was opened. */
  async close(): Promise<void> {
    await this.ws?.dispose();
    this.ws = undefined;
  }

  private wsClient(): WsClient {
    this.ws ??= createClient({
      url: this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: this.options.WebSocket,
      connectionParams: () => this.options.headers(),
      lazy: true,
      retryAttempts: 5,
    });
    return this.ws;
  }
}
