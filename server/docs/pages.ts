// Documentation served by the server itself, from npm packages: Swagger UI at /docs, GraphiQL at
// GET /graphql, AsyncAPI docs at /docs/asyncapi, and the raw specs. A Content-Security-Policy
// keeps every page from loading anything from another host.
import { createReadStream, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Middleware, ParameterizedContext } from 'koa';
import { asyncApiYaml, graphqlSdl, openApiJson, openApiYaml } from '../../generated/specs.js';

const require = createRequire(import.meta.url);
const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASYNCAPI_UI_DIR = dirname(require.resolve('@asyncapi/react-component/package.json'));
const GRAPHIQL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'graphiql');

/** Only the page's own host; scriptSources may add what one page needs. */
const contentSecurityPolicy = (scriptSources = ''): string => [
  "default-src 'self'",
  `script-src 'self'${scriptSources}`,
  // Swagger UI, GraphiQL and the AsyncAPI page set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Files served under a prefix, by name: nothing else from those directories is reachable. */
const FILES: Record<string, string> = {
  '/docs/swagger-ui/swagger-ui.css': join(SWAGGER_UI_DIR, 'swagger-ui.css'),
  '/docs/swagger-ui/swagger-ui-bundle.js': join(SWAGGER_UI_DIR, 'swagger-ui-bundle.js'),
  '/docs/swagger-ui/favicon-32x32.png': join(SWAGGER_UI_DIR, 'favicon-32x32.png'),
  '/docs/asyncapi-ui/index.js': join(ASYNCAPI_UI_DIR, 'browser/standalone/index.js'),
  '/docs/asyncapi-ui/default.min.css': join(ASYNCAPI_UI_DIR, 'styles/default.min.css'),
  '/docs/graphiql/graphiql.js': join(GRAPHIQL_DIR, 'graphiql.bundle.js'),
  '/docs/graphiql/graphiql.css': join(GRAPHIQL_DIR, 'graphiql.bundle.css'),
};

/** Small start-up scripts: separate files, because the policy allows no inline script. */
const SCRIPTS: Record<string, string> = {
  '/docs/swagger-init.js': `window.ui = SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: true,
  displayRequestDuration: true,
  presets: [SwaggerUIBundle.presets.apis],
});`,
  '/docs/asyncapi-init.js': `fetch('/asyncapi.yaml')
  .then((response) => response.text())
  .then((schema) => AsyncApiStandalone.render({ schema, config: { show: { sidebar: true } } }, document.getElementById('asyncapi')));`,
};

interface Page {
  html: string;
  policy: string;
}

const PAGES: Record<string, Page> = {
  '/docs': page('Strata REST API', ['/docs/swagger-ui/swagger-ui.css'], '<div id="swagger-ui"></div>', ['/docs/swagger-ui/swagger-ui-bundle.js', '/docs/swagger-init.js']),
  // The AsyncAPI component parses the document in the page, and its parser compiles JSON Schemas
  // with ajv, which generates code: this page alone needs 'unsafe-eval'.
  '/docs/asyncapi': page('Strata WebSocket channels', ['/docs/asyncapi-ui/default.min.css'], '<div id="asyncapi"></div>', ['/docs/asyncapi-ui/index.js', '/docs/asyncapi-init.js'], " 'unsafe-eval'"),
};

export const GRAPHIQL_PAGE = page('Strata GraphQL', ['/docs/graphiql/graphiql.css'], '<div id="graphiql" style="height: 100vh"></div>', ['/docs/graphiql/graphiql.js']);

const SPECS: Record<string, { type: string; body: string }> = {
  '/openapi.json': { type: 'application/json', body: openApiJson },
  '/openapi.yaml': { type: 'application/yaml', body: openApiYaml },
  '/asyncapi.yaml': { type: 'application/yaml', body: asyncApiYaml },
  '/schema.graphql': { type: 'text/plain; charset=utf-8', body: graphqlSdl },
};

export function docs(): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const path = ctx.path;
    if (path === '/') return ctx.redirect('/docs');
    if (path in PAGES) return sendPage(ctx, PAGES[path]!);
    if (path in SCRIPTS) {
      ctx.type = TYPES['.js']!;
      ctx.body = SCRIPTS[path];
      return;
    }
    if (path in SPECS) {
      ctx.type = SPECS[path]!.type;
      ctx.body = SPECS[path]!.body;
      return;
    }
    const file = FILES[path];
    if (!file) return next();
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.length = statSync(file).size;
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = createReadStream(file);
  };
}

export function sendPage(ctx: ParameterizedContext, page: Page): void {
  ctx.set('Content-Security-Policy', page.policy);
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = page.html;
}

function page(title: string, styles: string[], body: string, scripts: string[], scriptSources = ''): Page {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/docs/swagger-ui/favicon-32x32.png">
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body style="margin: 0">
${body}
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>
`;
  return { html, policy: contentSecurityPolicy(scriptSources) };
}
