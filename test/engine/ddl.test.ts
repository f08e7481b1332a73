// Reading the object of a DDL statement: every shape SQLite takes for CREATE, ALTER and DROP,
// quoted and schema-qualified names, comments; anything else is not DDL.
import { describe, expect, it } from 'vitest';
import { describeDdl } from '../../engine/storage/sqlite/sqlite-script.js';

describe('describeDdl', () => {
  it.each([
    ['CREATE TABLE orders (id INTEGER PRIMARY KEY)', 'CREATE', 'TABLE', 'orders'],
    ['create temp table if not exists "odd ""name""" (a)', 'CREATE', 'TABLE', 'odd "name"'],
    ['CREATE VIRTUAL TABLE docs USING fts5(body)', 'CREATE', 'TABLE', 'docs'],
    ['CREATE UNIQUE INDEX main.[by email] ON users(email)', 'CREATE', 'INDEX', 'by email'],
    ['/* why */ CREATE VIEW `v1` AS SELECT 1', 'CREATE', 'VIEW', 'v1'],
    ['-- note\nCREATE TRIGGER t_audit AFTER INSERT ON orders BEGIN SELECT 1; END', 'CREATE', 'TRIGGER', 't_audit'],
    ['ALTER TABLE orders ADD COLUMN note TEXT', 'ALTER', 'TABLE', 'orders'],
    ['ALTER TABLE "main"."orders" RENAME TO invoices', 'ALTER', 'TABLE', 'orders'],
    ['DROP INDEX IF EXISTS by_email', 'DROP', 'INDEX', 'by_email'],
    ['drop view v1', 'DROP', 'VIEW', 'v1'],
  ])('%s', (sql, changeType, objectType, objectName) => {
    expect(describeDdl(sql)).toEqual({ changeType, objectType, objectName, statement: sql });
  });

  it.each(['SELECT 1', 'INSERT INTO t VALUES (1)', 'CREATE', 'ALTER INDEX x', 'DROP DATABASE x', 'CREATE TABLE', ''])('is null for %j', (sql) => {
    expect(describeDdl(sql)).toBeNull();
  });
});
