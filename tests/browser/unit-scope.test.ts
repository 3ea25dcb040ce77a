// Journey 5 of issue 2: a unit head cannot see another unit's private data — the UI does not offer it, and
// the server refuses it when asked directly from the logged-in page.
import { afterAll, beforeAll, describe } from 'vitest';
import {
  expect,
  fetchInPage,
  loginAs,
  searchPeople,
  startHarness,
  test,
  useHarness,
  type Harness,
} from './harness.ts';

let h: Harness | undefined;
beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
});
afterAll(async () => {
  await h?.close();
});

interface Me {
  user: { roles: { role: string; unitId: number | null }[] };
}

describe('Phạm vi của trưởng đơn vị', () => {
  test('a unit head sees only their own unit’s staff, and the server answers 403 for a person of another unit', async ({
    page,
  }) => {
    await loginAs(page, h!, 'unit-head');
    const me = await fetchInPage(page, '/api/auth/me');
    expect(me.status).toBe(200);
    const unitId = (me.body as Me).user.roles.find((r) => r.role === 'unit-head')?.unitId;
    expect(unitId).toBeTypeOf('number');

    const db = h!.database.db;
    const ownUnit = await db
      .selectFrom('units')
      .select(['name'])
      .where('id', '=', unitId!)
      .executeTakeFirstOrThrow();
    const people = await db
      .selectFrom('people')
      .select(['id', 'full_name', 'unit_id'])
      .where('end_date', 'is', null)
      .orderBy('id')
      .execute();
    const ownNames = new Set(people.filter((p) => p.unit_id === unitId).map((p) => p.full_name));
    // Someone of another unit whose name nobody in the own unit shares, so an empty search result means "hidden".
    const outsider = people.find((p) => p.unit_id !== unitId && !ownNames.has(p.full_name));
    if (!outsider) throw new Error('Dữ liệu mẫu không có cán bộ nào ở đơn vị khác.');

    // The UI: the staff list holds only the unit head's unit, and searching for the outsider finds nothing.
    await page.getByTestId('nav-people').click();
    const units = page.getByTestId('people-table').locator('tbody tr.ant-table-row td:nth-child(7)');
    await expect.poll(() => units.count()).toBeGreaterThan(0);
    expect(new Set(await units.allTextContents())).toEqual(new Set([ownUnit.name]));
    expect(await searchPeople(page, outsider.full_name)).toEqual([]);

    // The server: a direct request for that person, with the unit head's own session, is refused.
    const direct = await fetchInPage(page, `/api/people/${outsider.id}`);
    expect(direct.status).toBe(403);
    expect(direct.body).toMatchObject({ code: 'forbidden' });
    expect(JSON.stringify(direct.body)).not.toContain(outsider.full_name);
    const history = await fetchInPage(page, `/api/people/${outsider.id}/audit`);
    expect(history.status).toBe(403);
  });
});
