// The baseline of the spine benchmark: node:http and better-sqlite3 on one thread, answering the
// same requests as Strata with the least code that does the same work (parse, one statement,
// JSON out). Usage: tsx bench/baseline-server.ts <port> <database file>
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const [port = '0', file = ':memory:'] = process.argv.slice(2);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER)');
const count = db.prepare('SELECT count(*) FROM items').pluck().get() as number;
if (count === 0) {
  const insert = db.prepare('INSERT INTO items (name, qty) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= 10_000; i++) insert.run(`item ${i}`, i % 100);
  })();
}
const byId = db.prepare('SELECT * FROM items WHERE id = ?');
const insertRow = db.prepare('INSERT INTO items (name, qty) VALUES (?, ?) RETURNING *');
const statements = new Map<string, Database.Statement>();

function readBody(request: import('node:http').IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
  });
}

createServer(async (request, response) => {
  const send = (status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  try {
    const url = request.url ?? '/';
    const rowMatch = /^\/api\/v1\/tables\/items\/rows\/(\d+)$/.exec(url);
    if (request.method === 'GET' && rowMatch) {
      const row = byId.get(Number(rowMatch[1])) as { id: number } | undefined;
      return row ? send(200, { id: String(row.id), data: row }) : send(404, { title: 'Not found' });
    }
    if (request.method === 'POST' && url === '/api/v1/tables/items/rows') {
      const body = (await readBody(request)) as { name: string; qty: number };
      const row = insertRow.get(body.name, body.qty) as { id: number };
      return send(201, { id: String(row.id), data: row });
    }
    if (request.method === 'POST' && url === '/api/v1/query/execute') {
      const body = (await readBody(request)) as { sql: string; params?: unknown[] };
      let statement = statements.get(body.sql);
      if (!statement) statements.set(body.sql, (statement = db.prepare(body.sql)));
      return send(200, { rows: statement.all(...(body.params ?? [])) });
    }
    if (request.method === 'POST' && url === '/graphql') {
      const body = (await readBody(request)) as { variables: { id: string } };
      const row = byId.get(Number(body.variables.id)) as { id: number } | undefined;
      return send(200, { data: { row: row ? { id: String(row.id), data: row } : null } });
    }
    send(404, { title: 'Not found' });
  } catch (error) {
    send(500, { title: String(error) });
  }
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
