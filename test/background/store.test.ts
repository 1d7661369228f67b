import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Store, type Item } from '../../src/background/store';
import { memoryArea } from './memory-area';

const Counter = z.strictObject({ version: z.literal(2), count: z.number().int().min(0) });
const counter: Item<z.infer<typeof Counter>> = {
  key: 'counter',
  schema: Counter,
  fallback: () => ({ version: 2, count: 0 }),
  migrate: (raw) => {
    const v1 = z.strictObject({ version: z.literal(1), n: z.number().int() }).safeParse(raw);
    if (v1.success) return { value: { version: 2, count: v1.data.n } };
    return { error: 'not a counter record' };
  },
};

describe('Store', () => {
  it('returns the fallback when nothing is stored', async () => {
    expect(await new Store(memoryArea()).read(counter)).toEqual({ version: 2, count: 0 });
  });

  it('migrates an older record and writes it back', async () => {
    const area = memoryArea({ counter: { version: 1, n: 4 } });
    expect(await new Store(area).read(counter)).toEqual({ version: 2, count: 4 });
    expect(area.data.get('counter')).toEqual({ version: 2, count: 4 });
  });

  it('sets a damaged record aside intact, with the reason, and never drops it silently', async () => {
    const area = memoryArea({ counter: { version: 2, count: -5, junk: true } });
    const store = new Store(area, () => 1700000000000);
    expect(await store.read(counter)).toEqual({ version: 2, count: 0 });
    const aside = await store.setAsideRecords();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ id: 'setAside:counter:1700000000000', key: 'counter', reason: 'not a counter record' });
    expect(JSON.parse(aside[0]!.original)).toEqual({ version: 2, count: -5, junk: true });
  });

  it('writes several records in one call, and none of them when one is invalid', async () => {
    const other: Item<z.infer<typeof Counter>> = { ...counter, key: 'other' };
    const area = memoryArea({ counter: { version: 2, count: 3 } });
    const store = new Store(area);
    await expect(store.writeAll([[counter, { version: 2, count: 4 }], [other, { version: 2, count: -1 }]])).rejects.toThrow();
    expect(area.data.get('counter')).toEqual({ version: 2, count: 3 });
    expect(area.data.has('other')).toBe(false);
    await store.writeAll([[counter, { version: 2, count: 4 }], [other, { version: 2, count: 5 }]]);
    expect(area.data.get('counter')).toEqual({ version: 2, count: 4 });
    expect(await store.read(other)).toEqual({ version: 2, count: 5 });
  });

  it('refuses to write an invalid value', async () => {
    const area = memoryArea({ counter: { version: 2, count: 3 } });
    await expect(new Store(area).write(counter, { version: 2, count: -1 })).rejects.toThrow();
    expect(area.data.get('counter')).toEqual({ version: 2, count: 3 });
  });
});
