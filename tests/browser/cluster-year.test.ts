// Issue 6 journey, "a cluster's year" (Cụm thi đua V: seed 003's four departments plus Gia Lai): the leader
// drafts the criteria and the covenant, a member comments, the covenant is signed (criteria fixed), the five
// members self-score as themselves (one score is clamped to its range), the leader returns one sheet with a
// reason and the member sends it again, the leader scores every member, the ranking breaks a tie by the written
// rule ("điểm nhóm tiêu chí I"), the meeting's vote is recorded, the Ministry's standing body confirms, the leader
// publishes (every sheet locked) and the Cờ thi đua / Bằng khen proposals appear; finally the conference elects
// next year's leader and deputy on the cluster's page (clusters module).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { expect, login, startHarness, test, useHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
let groupId = 0;
const ids: Record<string, number> = {};
const USERS: Record<string, string> = {
  lc: 'vanthu.sct.laichau',
  db: 'vanthu.sct.dienbien',
  sl: 'vanthu.sct.sonla',
  hb: 'vanthu.sct.hoabinh',
  gl: 'vanthu.tdkt',
};
const LEADER = 'cumtruong.cum5';
const REVIEWER = 'btdkt.bocongthuong';
const YEAR = 2025;

beforeAll(async () => {
  h = await startHarness();
  useHarness(h);
  const db = h.database.db;
  groupId = (
    await db
      .selectFrom('emulation_groups')
      .select('id')
      .where('code', '=', 'CUM-V-BCT')
      .executeTakeFirstOrThrow()
  ).id;
  for (const [k, code] of Object.entries({
    lc: 'SCT-LC',
    db: 'SCT-DB',
    sl: 'SCT-SL',
    hb: 'SCT-HB',
    gl: 'SCT-GL',
  }))
    ids[k] = (
      await db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()
    ).id;
  // The demo has Cụm V's 2025 scoring under way; this journey starts the year from the drafting step.
  await db
    .deleteFrom('cluster_score_sheets')
    .where('group_id', '=', groupId)
    .where('year', '=', YEAR)
    .execute();
  await db
    .deleteFrom('cluster_criteria_versions')
    .where('group_id', '=', groupId)
    .where('year', '=', YEAR)
    .execute();
  await db
    .deleteFrom('cluster_criteria_groups')
    .where('group_id', '=', groupId)
    .where('year', '=', YEAR)
    .execute();
  await db
    .deleteFrom('cluster_scoring_settings')
    .where('group_id', '=', groupId)
    .where('year', '=', YEAR)
    .execute();
  await db.deleteFrom('covenants').where('group_id', '=', groupId).where('year', '=', YEAR).execute();
}, 180_000);
afterAll(async () => {
  await h?.close();
});

/** expect.poll with room for a round trip to the server on a busy machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const password = () => h!.accounts.find((a) => a.username === LEADER)!.password;
const url = (tab: string) => `/cham-diem-cum?nam=${YEAR}&cum=${groupId}&tab=${tab}`;

async function as(page: Page, username: string, tab: string): Promise<void> {
  await page.context().clearCookies();
  await login(page, username, password());
  await page.goto(url(tab));
  await page.getByTestId('cs-title').waitFor();
}

/** The <input> of an antd InputNumber / Input / DatePicker carrying `testId` (on itself or its wrapper). */
function field(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function fillPoints(page: Page, points: Record<string, number>): Promise<void> {
  for (const [code, p] of Object.entries(points))
    await field(page, `cs-points-${code}`).fill(String(p).replace('.', ','));
}

async function scoreSheet(
  page: Page,
  kind: 'self' | 'leader',
  agency: string,
  points: Record<string, number>,
  expectStatus: string,
): Promise<void> {
  await page.getByTestId(`cs-open-${kind}-${ids[agency]}`).click();
  await page.getByTestId('cs-sheet-title').waitFor();
  await fillPoints(page, points);
  await poll(() => page.getByTestId('cs-sheet-total').textContent()).toBe(
    new Intl.NumberFormat('vi-VN').format(Object.values(points).reduce((a, b) => a + b, 0)),
  );
  // "Gửi phiếu" saves the scores on screen, then sends the sheet.
  await page.getByTestId('cs-sheet-submit').click();
  await poll(() => page.getByTestId('cs-sheet-status').textContent()).toBe(expectStatus);
  await page.keyboard.press('Escape');
}

describe('Một năm thi đua của Cụm thi đua V', () => {
  test('criteria, covenant, five self-scores, leader scoring, a returned sheet, ranking, publication, proposals, next leader', async ({
    page,
  }) => {
    // 1. The leader drafts the criteria (through the menu) and the covenant.
    await login(page, LEADER, password());
    await page.getByTestId('nav-cluster-scoring').click();
    await page.getByTestId('cs-title').waitFor();
    await page.goto(url('criteria'));
    await page.getByTestId('cs-title').waitFor();
    await poll(() => page.getByTestId('cs-title').textContent()).toBe('Cụm thi đua V – năm 2025');
    await poll(() => page.getByTestId('cs-role').textContent()).toBe('Cụm trưởng');
    await poll(() => page.getByTestId('cs-tie-break').textContent()).toBe(
      '1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị',
    );
    const addGroup = async (code: string, name: string, max: number) => {
      await page.getByTestId('cs-group-add').click();
      await field(page, 'cs-group-code').fill(code);
      await field(page, 'cs-group-name').fill(name);
      await field(page, 'cs-group-max').fill(String(max));
      await page.getByTestId('cs-criteria-save').click();
      await page.getByTestId(`cs-criterion-add-${code}`).waitFor();
    };
    const addCriterion = async (group: string, code: string, name: string, max: number) => {
      await page.getByTestId(`cs-criterion-add-${group}`).click();
      await field(page, 'cs-criterion-code').fill(code);
      await page.getByTestId('cs-criterion-name').fill(name);
      await field(page, 'cs-criterion-max').fill(String(max));
      await page.getByTestId('cs-criteria-save').click();
      await page.getByTestId(`cs-criterion-${code}`).waitFor();
    };
    await addGroup('I', 'Thực hiện nhiệm vụ chính trị được giao', 60);
    await addCriterion('I', '1.1', 'Hoàn thành các chỉ tiêu kế hoạch năm được giao', 30);
    await addCriterion('I', '1.2', 'Cải cách hành chính, chuyển đổi số', 30);
    await addGroup('II', 'Công tác thi đua, khen thưởng', 40);
    await addCriterion('II', '2.1', 'Tổ chức phong trào thi đua, khen thưởng', 40);
    await page.getByTestId('cs-covenant-create').click();
    await poll(() => page.getByTestId('cs-covenant-status').textContent()).toBe('Dự thảo');

    // 2. A member comments on the draft.
    await as(page, USERS.sl!, 'criteria');
    await page
      .getByTestId('cs-comment-input')
      .fill('Đề nghị tính cả hồ sơ trực tuyến toàn trình vào tiêu chí 1.2.');
    await page.getByTestId('cs-comment-send').click();
    await poll(() => page.getByTestId('cs-comments').textContent()).toContain('hồ sơ trực tuyến toàn trình');
    expect(await page.getByTestId('cs-group-add').count()).toBe(0);

    // 3. The leader signs the covenant: the criteria are fixed (version 1) and the sheets open.
    await as(page, LEADER, 'criteria');
    await poll(() => page.getByTestId('cs-comments').textContent()).toContain('Sở Công Thương tỉnh Sơn La');
    await page.getByTestId('cs-covenant-sign').click();
    await field(page, 'cs-sign-date').fill('14/03/2025');
    await field(page, 'cs-sign-date').press('Enter');
    await field(page, `cs-signer-${ids.lc}`).fill('Nguyễn Văn Thắng');
    await page.getByTestId('cs-sign-ok').click();
    await poll(() => page.getByTestId('cs-covenant-status').textContent()).toBe('Đã ký ngày 14/03/2025');
    await poll(() => page.getByTestId('cs-versions').textContent()).toContain('Phiên bản 1');

    // 4. Five members self-score as themselves; Gia Lai types 45 on a 40-point criterion and is told it was clamped.
    const self: Record<string, Record<string, number>> = {
      lc: { '1.1': 29, '1.2': 28, '2.1': 38 },
      db: { '1.1': 27, '1.2': 27, '2.1': 37 },
      sl: { '1.1': 29, '1.2': 28, '2.1': 37 },
      hb: { '1.1': 26, '1.2': 26, '2.1': 35 },
      gl: { '1.1': 28, '1.2': 27, '2.1': 45 },
    };
    const order = ['lc', 'db', 'sl', 'hb', 'gl'];
    for (const [i, k] of order.entries()) {
      await as(page, USERS[k]!, 'sheets');
      if (k === 'gl') {
        await page.getByTestId(`cs-open-self-${ids.gl}`).click();
        await fillPoints(page, self.gl!);
        await page.getByTestId('cs-sheet-save').click();
        await poll(() => page.getByTestId('cs-sheet-clamped').textContent()).toContain('2.1 45 → 40');
        await page.getByTestId('cs-sheet-submit').click();
        await poll(() => page.getByTestId('cs-sheet-status').textContent()).toBe('Đã gửi');
        await page.keyboard.press('Escape');
      } else await scoreSheet(page, 'self', k, self[k]!, 'Đã gửi');
      // Never another member's draft: the next member has not sent its sheet yet.
      const nextMember = order[i + 1];
      if (nextMember) expect(await page.getByTestId(`cs-open-self-${ids[nextMember]}`).count()).toBe(0);
    }

    // 5. The leader returns Hòa Bình's sheet with a reason; Hòa Bình corrects and sends it again.
    await as(page, LEADER, 'sheets');
    await page.getByTestId(`cs-open-self-${ids.hb}`).click();
    await page.getByTestId('cs-sheet-return').click();
    await page
      .getByTestId('cs-return-reason')
      .fill('Tiêu chí 2.1 chưa có minh chứng quyết định khen thưởng.');
    await page.getByTestId('cs-return-ok').click();
    await poll(() => page.getByTestId('cs-sheet-status').textContent()).toBe('Bị trả lại');
    await as(page, USERS.hb!, 'sheets');
    await poll(() => page.getByTestId(`cs-status-self-${ids.hb}`).textContent()).toBe('Bị trả lại');
    await page.getByTestId(`cs-open-self-${ids.hb}`).click();
    await poll(() => page.getByTestId('cs-sheet-returned').textContent()).toContain(
      'chưa có minh chứng quyết định khen thưởng',
    );
    await page.getByTestId('cs-evidence-2.1').fill('Quyết định số 45/QĐ-UBND ngày 12/3/2025');
    await page.getByTestId('cs-sheet-submit').click();
    await poll(() => page.getByTestId('cs-sheet-status').textContent()).toBe('Đã gửi');
    await page.keyboard.press('Escape');

    // 6. The leader scores every member: Sơn La and Gia Lai tie on 93, Sơn La leads on group I (57 to 55).
    const leader: Record<string, Record<string, number>> = {
      lc: { '1.1': 29, '1.2': 28, '2.1': 38 },
      sl: { '1.1': 29, '1.2': 28, '2.1': 36 },
      gl: { '1.1': 28, '1.2': 27, '2.1': 38 },
      db: { '1.1': 27, '1.2': 27, '2.1': 37 },
      hb: { '1.1': 26, '1.2': 26, '2.1': 35 },
    };
    await as(page, LEADER, 'sheets');
    for (const k of Object.keys(leader))
      await scoreSheet(page, 'leader', k, leader[k]!, 'Cụm trưởng đã chấm');
    await poll(() => page.getByTestId(`cs-status-self-${ids.sl}`).textContent()).toBe('Cụm trưởng đã chấm');

    // 7. The ranking, with the tie broken by the written rule; the meeting's vote is recorded.
    await page.getByTestId('cs-tab-ranking').click();
    await poll(() => page.getByTestId('cs-ranking-rule').textContent()).toBe(
      '1) tổng điểm; 2) điểm nhóm tiêu chí I; 3) số điểm thưởng; 4) biểu quyết của hội nghị',
    );
    await poll(() => page.getByTestId(`cs-rank-${ids.lc}`).textContent()).toBe('1');
    await poll(() => page.getByTestId(`cs-rank-${ids.sl}`).textContent()).toBe('2');
    await poll(() => page.getByTestId(`cs-rank-${ids.gl}`).textContent()).toBe('3');
    expect(await page.getByTestId(`cs-total-${ids.sl}`).textContent()).toBe('93');
    expect(await page.getByTestId(`cs-total-${ids.gl}`).textContent()).toBe('93');
    expect(await page.getByTestId(`cs-tiebreak-${ids.gl}`).textContent()).toBe('điểm nhóm tiêu chí I');
    await page.getByTestId('cs-meeting').click();
    await field(page, 'cs-meeting-date').fill('16/01/2026');
    await field(page, 'cs-meeting-date').press('Enter');
    await field(page, 'cs-meeting-for').fill('5');
    await page.getByTestId('cs-meeting-ok').click();
    await poll(() => page.getByTestId('cs-votes').textContent()).toContain('5/5 tán thành');

    // 8. The Ministry's standing body confirms.
    await as(page, REVIEWER, 'ranking');
    await page.getByTestId('cs-confirm').click();
    await poll(() => page.getByTestId('cs-ranking-status').textContent()).toBe('Đã xác nhận');

    // 9. The leader publishes: every sheet is locked and the proposals are created.
    await as(page, LEADER, 'ranking');
    await page.getByTestId('cs-publish').click();
    await page.getByTestId('cs-publish-ok').click();
    await poll(() => page.getByTestId('cs-ranking-status').textContent()).toBe('Đã công bố');
    await poll(() => page.getByTestId('cs-proposals').textContent()).toContain(
      'Cờ thi đua cấp bộ, ngành, tỉnh',
    );
    expect(await page.getByTestId('cs-proposals').textContent()).toContain('Bằng khen cấp bộ, ngành, tỉnh');
    expect(await page.getByTestId(`cs-proposed-${ids.lc}`).textContent()).toBe(
      'Cờ thi đua cấp bộ, ngành, tỉnh',
    );
    await poll(() => page.getByTestId('cs-published').count()).toBe(1);
    await as(page, USERS.gl!, 'sheets');
    await page.getByTestId(`cs-open-self-${ids.gl}`).click();
    await poll(() => page.getByTestId('cs-sheet-status').textContent()).toBe('Đã công bố');
    expect(await page.getByTestId('cs-sheet-save').count()).toBe(0);
    const db = h!.database.db;
    const proposals = await db
      .selectFrom('proposals')
      .select(['code', 'status'])
      .where('group_id', '=', groupId)
      .where('year', '=', YEAR)
      .orderBy('id')
      .execute();
    expect(proposals).toEqual([
      { code: 'co-thi-dua-cap-tinh', status: 'draft' },
      { code: 'bang-khen-cap-tinh', status: 'draft' },
    ]);

    // 10. The year-end conference elects the 2026 leader and deputy on the cluster's page (clusters module).
    await as(page, LEADER, 'ranking');
    await page.goto(`/cum-thi-dua?nam=${YEAR}`);
    await page.getByTestId('cluster-link-CUM-V-BCT').click();
    await page.getByTestId('cluster-my-role').waitFor();
    await page.getByTestId('cluster-tab-meetings').click();
    await field(page, 'election-held-on').click();
    await field(page, 'election-held-on').fill('16/01/2026');
    await page.keyboard.press('Enter');
    const pickAgency = async (row: number, name: string, votes: string) => {
      const candidate = page.getByTestId(`election-candidate-${row}`);
      await candidate.locator('.ant-select').nth(1).click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
        .getByTitle(name)
        .first()
        .click();
      await poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
      await candidate.getByLabel('Số phiếu tán thành').fill(votes);
    };
    await pickAgency(0, 'Sở Công Thương tỉnh Điện Biên', '5');
    await pickAgency(1, 'Sở Công Thương tỉnh Sơn La', '5');
    await page.getByTestId('election-submit').click();
    await page.getByTestId('cluster-next-covenant').waitFor();
    const next = await db
      .selectFrom('emulation_group_members')
      .select(['agency_id', 'role'])
      .where('group_id', '=', groupId)
      .where('year', '=', YEAR + 1)
      .where('role', 'in', ['leader', 'deputy'])
      .orderBy('role', 'desc')
      .execute();
    expect(next).toEqual([
      { agency_id: ids.db, role: 'leader' },
      { agency_id: ids.sl, role: 'deputy' },
    ]);
  }, 600_000);
});
