// GraphiQL for /graphql, bundled with esbuild at build time (npm run build:assets) so the page
// loads nothing from another host. Subscriptions go over graphql-ws on the same path.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createClient } from 'graphql-ws';
import React from 'react';
import { createRoot } from 'react-dom/client';

const url = new URL('/graphql', window.location.href).href;
const fetcher = createGraphiQLFetcher({ url, wsClient: createClient({ url: url.replace(/^http/, 'ws') }) });
createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# Try: list the tables, or subscribe to changes of one.\n{\n  tables {\n    name\n    columns { name type }\n  }\n}\n',
  }),
);
