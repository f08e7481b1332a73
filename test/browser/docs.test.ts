// The documentation pages in a real browser (Debian's Chromium, driven by playwright-core): each
// renders, runs one request, and loads nothing from another host.
import { existsSync } from 'node:fs';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/rest/operations.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = process.env.STRATA_SKIP_BROWSER === '1';

let server: TestServer;
let browser: Browser;

interface Visit {
  page: Page;
  /** Every URL the page asked for, WebSockets included. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage();
  const visit: Visit = { page, requests: [], errors: [] };
  page.on('request', (request) => visit.requests.push(request.url()));
  page.on('websocket', (socket) => visit.requests.push(socket.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  await page.goto(`${server.url}${path}`);
  return visit;
}

/** Every request went to the server itself (or stayed in the page). */
function expectOnlyLocal(visit: Visit): void {
  const host = new URL(server.url).host;
  const foreign = visit.requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).host !== host);
  expect(visit.requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(visit.errors).toEqual([]);
}

describe.skipIf(skip)('documentation pages in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set STRATA_SKIP_BROWSER=1 to skip this file)`);
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Swagger UI at /docs signs in with Authorize and runs an operation with Try it out', async () => {
    const swagger = await visit('/docs');
    // Authorize: the first scheme is bearerAuth; paste the access token.
    await swagger.page.locator('.auth-wrapper button.authorize').click();
    const modal = swagger.page.locator('.modal-ux');
    await modal.locator('input').first().fill(server.auth.authorization!.replace('Bearer ', ''));
    await modal.locator('button.authorize').first().click();
    await modal.locator('button.btn-done').first().click();
    const operation = swagger.page.locator('#operations-system-serverInfo');
    // Swagger UI renders operations as they scroll into view: scroll until this one exists.
    for (let scrolls = 0; scrolls < 200 && (await operation.count()) === 0; scrolls++) {
      await swagger.page.evaluate(() => window.scrollBy(0, 1000));
      await swagger.page.waitForTimeout(50);
    }
    await operation.locator('.opblock-summary-control').click();
    // The page enables "Try it out" up front (tryItOutEnabled), so Execute is there at once.
    await operation.locator('button.execute').click();
    const response = operation.locator('.live-responses-table .response');
    await expect.poll(() => response.locator('.response-col_status').first().textContent()).toContain('200');
    expect(await response.locator('.response-col_description').first().textContent()).toContain('"name": "strata"');
    // Every operation of the spec is on the page (Swagger UI draws them as they scroll into view).
    expect(await swagger.page.evaluate(() => (window as unknown as { ui: { specSelectors: { operations(): { size: number } } } }).ui.specSelectors.operations().size)).toBe(Object.keys(operations).length);
    expectOnlyLocal(swagger);
  });

  it('GraphiQL at /graphql runs a query with an Authorization header, and a subscription over graphql-ws', async () => {
    const graphiql = await visit('/graphql');
    const response = graphiql.page.locator('.graphiql-response');
    await graphiql.page.locator('.graphiql-execute-button').click();
    // Without credentials the field is refused, with the code of a REST 401.
    await expect.poll(() => response.textContent(), { timeout: 10_000 }).toContain('UNAUTHENTICATED');
    await graphiql.page.getByRole('button', { name: 'Headers' }).click();
    await graphiql.page.evaluate((authorization) => {
      // The shown tool editor (headers), not the query editor nor the hidden variables one.
      const editors = [...document.querySelectorAll('.graphiql-editor:not(.hidden) > .CodeMirror')] as unknown as Array<HTMLElement & { CodeMirror: { setValue(value: string): void } }>;
      editors.filter((editor) => !editor.closest('.graphiql-query-editor')).at(-1)!.CodeMirror.setValue(JSON.stringify({ authorization }));
    }, server.auth.authorization!);
    await graphiql.page.waitForTimeout(500);
    await graphiql.page.locator('.graphiql-execute-button').click();
    await expect.poll(() => response.textContent(), { timeout: 10_000 }).toContain('"tables": [');
    // The editor is CodeMirror 5: set the document through its API.
    await graphiql.page.evaluate(() => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { setValue(value: string): void } };
      editor.CodeMirror.setValue('subscription { heartbeat(intervalSeconds: 1) { sequence } }');
    });
    // GraphiQL parses the editor's text a moment after it changes; run before, and it would send
    // the old document.
    await graphiql.page.waitForTimeout(1000);
    await graphiql.page.locator('.graphiql-execute-button').click();
    await expect.poll(() => response.textContent(), { timeout: 10_000 }).toContain('"sequence": 1');
    expect(graphiql.requests.some((url) => url.startsWith(server.url.replace('http', 'ws')))).toBe(true);
    expectOnlyLocal(graphiql);
  });

  it('the AsyncAPI page at /docs/asyncapi fetches the document and shows the channels', async () => {
    const asyncapi = await visit('/docs/asyncapi');
    await expect.poll(() => asyncapi.page.textContent('body'), { timeout: 15_000 }).toContain('/api/v1/ws/events');
    const body = (await asyncapi.page.textContent('body')) ?? '';
    expect(body).toContain('/api/v1/ws/query');
    expect(body).toContain('table_modified');
    expect(asyncapi.requests).toContain(`${server.url}/asyncapi.yaml`);
    expectOnlyLocal(asyncapi);
  });
});
