import { eq, sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing/test-db';
import {
  inlineQuery,
  inlineSql,
  transactionWithFinalStatement,
} from './final-statement-transaction';

let t: TestDatabase;
/** Every text each pooled client sends, in order, to count round trips. */
const sent: string[] = [];
beforeAll(async () => {
  t = await createTestDatabase();
  t.pool.on('acquire', (client: pg.PoolClient & { counted?: boolean }) => {
    if (client.counted) return;
    client.counted = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      sent.push(typeof first === 'string' ? first : (first as { text: string }).text);
      return query(...args);
    };
  });
  await t.pool.query('create table counter (id int primary key, n int not null)');
  await t.pool.query('insert into counter values (1, 0)');
  await t.pool.query(`create table typed (id int primary key, name text, doc jsonb, at timestamptz,
    day date, lat double precision)`);
});

const typed = pgTable('typed', {
  id: integer('id').primaryKey(),
  name: text('name'),
  doc: jsonb('doc').$type<Record<string, string>>(),
  at: timestamp('at', { withTimezone: true }),
  day: date('day', { mode: 'date' }),
  lat: doublePrecision('lat'),
});
afterAll(() => t.drop());

const count = async () =>
  (await t.pool.query<{ n: number }>('select n from counter where id = 1')).rows[0]!.n;

describe('transactionWithFinalStatement', () => {
  it('sends the final statement and COMMIT as one round trip, after the work', async () => {
    const before = await count();
    sent.length = 0;
    const result = await transactionWithFinalStatement(t.db, async (tx) => {
      await tx.execute(sql`insert into counter values (2, 0) on conflict (id) do nothing`);
      return {
        result: 'done',
        finalStatement: inlineSql`update counter set n = n + ${1} where id = ${1}`,
      };
    });
    expect(result).toBe('done');
    expect(await count()).toBe(before + 1);
    const tail = sent.indexOf('update counter set n = n + 1 where id = 1;\ncommit');
    expect(sent.slice(0, tail + 1)).toEqual([
      'begin',
      expect.stringContaining('insert into counter'),
      'update counter set n = n + 1 where id = 1;\ncommit',
    ]);
  });

  it('an error in the final statement rolls everything back and the connection stays usable', async () => {
    const before = await count();
    const attempt = transactionWithFinalStatement(t.db, async (tx) => {
      await tx.execute(sql`update counter set n = n + 100 where id = 1`);
      return { result: null, finalStatement: 'select 1 / 0' };
    });
    await expect(attempt).rejects.toMatchObject({ code: '22012' });
    expect(await count()).toBe(before);
    // Every pooled connection must be out of any transaction: the next work commits normally.
    await Promise.all(
      Array.from({ length: 25 }, () =>
        transactionWithFinalStatement(t.db, async () => ({
          result: null,
          finalStatement: 'update counter set n = n + 1 where id = 1',
        })),
      ),
    );
    expect(await count()).toBe(before + 25);
  });

  it('an error in the work rolls back without sending the final statement', async () => {
    const before = await count();
    const attempt = transactionWithFinalStatement(t.db, async (tx) => {
      await tx.execute(sql`update counter set n = n + 100 where id = 1`);
      throw new Error('priced wrong');
    });
    await expect(attempt).rejects.toThrow('priced wrong');
    expect(await count()).toBe(before);
  });

  it('inside an open transaction it runs as a savepoint, the final statement on its own', async () => {
    const before = await count();
    await expect(
      t.db.transaction(async (outer) => {
        await transactionWithFinalStatement(outer, async () => ({
          result: null,
          finalStatement: 'update counter set n = n + 1 where id = 1',
        }));
        expect(
          (await outer.execute<{ n: number }>(sql`select n from counter where id = 1`)).rows[0]!.n,
        ).toBe(before + 1);
        throw new Error('outer rolls back');
      }),
    ).rejects.toThrow('outer rolls back');
    expect(await count()).toBe(before);
  });
});

describe('inlineQuery', () => {
  it('stores exactly what the same drizzle query stores with parameters', async () => {
    const row = {
      name: `it's a \\ back'slash $1 '); drop table typed; --`,
      doc: { quote: `o'clock`, dollar: '$2' },
      at: new Date('2026-03-04T05:06:07.890Z'),
      day: new Date('2026-03-04T23:30:00.000Z'),
      lat: -23.561_684_123,
    };
    await t.db.insert(typed).values({ id: 1, ...row });
    await t.pool.query(inlineQuery(t.db.insert(typed).values({ id: 2, ...row })));
    await t.pool.query(
      inlineQuery(t.db.update(typed).set({ name: null, lat: 1.5 }).where(eq(typed.id, 3))),
    );
    const [viaParams] = await t.db.select().from(typed).where(eq(typed.id, 1));
    const [inlined] = await t.db.select().from(typed).where(eq(typed.id, 2));
    expect(inlined).toEqual({ ...viaParams, id: 2 });
    expect(inlined!.name).toBe(row.name);
    expect(inlined!.doc).toEqual(row.doc);
    expect(inlined!.lat).toBe(row.lat);
  });

  it('inlined statements can all travel with COMMIT, and all roll back together', async () => {
    const insert = (id: number) => inlineQuery(t.db.insert(typed).values({ id, name: 'batch' }));
    await transactionWithFinalStatement(t.db, async () => ({
      result: null,
      finalStatement: [insert(10), insert(11)].join(';\n'),
    }));
    await expect(
      transactionWithFinalStatement(t.db, async () => ({
        result: null,
        finalStatement: [insert(12), insert(10)].join(';\n'),
      })),
    ).rejects.toMatchObject({ code: '23505' });
    // The same batch on an open transaction (the nested fallback) runs as one simple query too.
    await t.db.transaction((tx) =>
      transactionWithFinalStatement(tx, async () => ({
        result: null,
        finalStatement: [insert(13), insert(14)].join(';\n'),
      })),
    );
    const ids = await t.db.select({ id: typed.id }).from(typed).where(eq(typed.name, 'batch'));
    expect(ids.map((r) => r.id).sort()).toEqual([10, 11, 13, 14]);
  });
});

describe('inlineSql', () => {
  it('quotes strings so that any text comes back byte for byte', async () => {
    const nasty = `it's a \\ back'slash'); drop table counter; --`;
    const text = inlineSql`select ${nasty}::text as s, ${[1, 2]}::int[] as a, ${null}::text as z`;
    const { rows } = await t.pool.query<{ s: string; a: number[]; z: null }>(text);
    expect(rows[0]).toEqual({ s: nasty, a: [1, 2], z: null });
    expect(await count()).toBeGreaterThanOrEqual(0);
  });

  it('inlines dates as ISO timestamps and refuses what it cannot quote safely', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const { rows } = await t.pool.query<{ at: Date }>(inlineSql`select ${at}::timestamptz as at`);
    expect(rows[0]!.at.toISOString()).toBe(at.toISOString());
    expect(() => inlineSql`select ${1.5}`).toThrow(/integers/);
    expect(() => inlineSql`select ${Number.NaN}`).toThrow(/integers/);
  });
});
