// Demo data of one part of the yearly cycle (indicators and reports), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
//
// The demo agency's 2025 indicators shaped like seed 001 (its own figures: January–May actual, June still an
// estimate, the plans and same-period figures that give back its percentages), the administrative
// procedures of 15/12/2024–31/05/2025, and the 2025 mid-year report with the officer's prose saved (its
// figures are collected when it is first generated in the app).
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import { SEEDED_AT } from '../demo-data.ts';

const YEAR = 2025;

type Kind = 'amount' | 'index' | 'fraction';
interface Def {
  code: string;
  name: string;
  kind: Kind;
  unit: string | null;
  quantityUnit?: string;
  precision: number;
  percentPrecision: number;
  plan?: string;
  /** January–May actuals and June's estimate (amounts). */
  months?: string[];
  /** June's estimate for an index, or a breakdown's half-year figure (reported cumulative). */
  june?: { value?: string; quantity?: string; cumulative?: string; numerator?: string; denominator?: string };
  prior?: string;
  priorQuantity?: string;
  children?: Def[];
}

const amount = (
  code: string,
  name: string,
  unit: string,
  precision: number,
  percentPrecision: number,
  rest: Partial<Def>,
): Def => ({ code, name, kind: 'amount', unit, precision, percentPrecision, ...rest });
const index = (code: string, name: string, value: string): Def => ({
  code,
  name,
  kind: 'index',
  unit: '%',
  precision: 2,
  percentPrecision: 2,
  june: { value },
});
const commodity = (
  code: string,
  name: string,
  usd: string,
  tons?: string,
  prior?: string,
  priorTons?: string,
): Def =>
  amount(code, name, 'triệu USD', 2, 2, {
    ...(tons ? { quantityUnit: 'tấn' } : {}),
    june: { cumulative: usd, ...(tons ? { quantity: tons } : {}) },
    ...(prior ? { prior } : {}),
    ...(priorTons ? { priorQuantity: priorTons } : {}),
  });

const INDICATORS: Def[] = [
  {
    ...index('iip', 'Chỉ số sản xuất công nghiệp', '111.3'),
    children: [
      index('iip-kk', 'Công nghiệp khai khoáng', '112.05'),
      index('iip-cbct', 'Công nghiệp chế biến, chế tạo', '120.3'),
      index(
        'iip-dien',
        'Công nghiệp sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí',
        '104.05',
      ),
      index('iip-nuoc', 'Cung cấp nước, quản lý và xử lý rác thải, nước thải', '102.3'),
    ],
  },
  amount('gtsx-cn', 'Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)', 'tỷ đồng', 1, 1, {
    plan: '31620',
    months: ['2356.2', '2289.5', '2512.8', '2498.6', '2511.3', '1935'],
    prior: '12274',
  }),
  amount('ban-le', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'tỷ đồng', 0, 2, {
    plan: '108000',
    months: ['7512', '7340', '7698', '7905', '8131', '8242'],
    prior: '36493',
  }),
  amount('xk', 'Kim ngạch xuất khẩu', 'triệu USD', 2, 2, {
    plan: '681',
    months: ['75', '62', '78', '71', '74', '60'],
    prior: '420',
    children: [
      commodity('xk-ca-phe', 'Cà phê', '338', '165000', '330', '162003'),
      commodity('xk-cao-su', 'Mủ cao su', '0.63', '517'),
      commodity('xk-go', 'Sản phẩm gỗ', '0.28'),
      commodity('xk-khac', 'Hàng khác', '82'),
    ],
  }),
  amount('nk', 'Kim ngạch nhập khẩu', 'triệu USD', 2, 1, {
    plan: '110',
    months: ['12.5', '10.2', '11.8', '9.6', '10.9', '4'],
    prior: '86.8',
    children: [
      commodity('nk-san-lat', 'Sắn lát', '0.36', '1500'),
      commodity('nk-hat-dieu', 'Hạt điều', '23.88', '20650'),
      commodity('nk-cao-su', 'Cao su tự nhiên', '7.2', '6200'),
      commodity('nk-khac', 'Hàng khác', '30.44'),
    ],
  }),
  amount('xnk-bien-gioi', 'Tổng kim ngạch xuất nhập khẩu qua biên giới', 'triệu USD', 1, 1, {
    june: { cumulative: '74' },
    prior: '83',
  }),
  {
    code: 'ho-dung-dien',
    name: 'Hộ dân sử dụng điện',
    kind: 'fraction',
    unit: 'hộ',
    precision: 0,
    percentPrecision: 1,
    june: { numerator: '478395', denominator: '478833' },
  },
];

const PROSE: Record<string, string> = {
  'can-cu':
    'Thực hiện Quyết định số 70/QĐ-CTĐVIII ngày 16/5/2023 của Cụm thi đua số VIII - Sở Công Thương các tỉnh khu vực Tây Nguyên về việc ban hành Quy chế hoạt động của Cụm thi đua số VIII; văn bản hướng dẫn của Ban Thi đua - Khen thưởng tỉnh, Sở Công Thương báo cáo như sau:',
  'thuan-loi':
    'Xác định công tác thi đua, khen thưởng là nhiệm vụ quan trọng, thường xuyên có ý nghĩa thúc đẩy các phong trào thi đua, phát huy sức mạnh tập thể góp phần tích cực thực hiện thắng lợi nhiệm vụ chính trị của cơ quan.',
  'kho-khan':
    'Một số phòng, đơn vị có phát động phong trào thi đua nhưng kiểm tra, sơ kết, đôn đốc và nhân rộng các điển hình tiên tiến còn ít. Công chức làm công tác thi đua, khen thưởng của Sở kiêm nhiệm.',
  '05-khong-05-co':
    'Ngay từ đầu năm, Sở Công Thương đã chủ động xây dựng, triển khai các nhiệm vụ, giải pháp trọng tâm: Không để nhiệm vụ quá hạn; Không vi phạm pháp luật; Không vi phạm kỷ luật, kỷ cương hành chính; Không lãng phí tài sản cơ quan; Không mất đoàn kết nội bộ; Có Quy chế làm việc được bàn bạc dân chủ, công khai; Có sáng kiến đổi mới; Có quan hệ phối hợp tốt; Có phong trào thi đua thiết thực; Có kết quả thực hiện nhiệm vụ đạt chất lượng, hiệu quả cao.',
  'uu-diem':
    'Được sự quan tâm, chỉ đạo tích cực của Cấp ủy, Lãnh đạo Sở về công tác thi đua, khen thưởng, các phong trào thi đua được toàn thể công chức, viên chức hưởng ứng nhiệt tình; văn bản cấp trên hướng dẫn tổ chức thi đua, khen thưởng được triển khai kịp thời.',
  'han-che':
    'Nhận thức về công tác thi đua, khen thưởng ở một số cá nhân, tập thể còn hạn chế, chưa vận dụng công cụ thi đua vào lãnh đạo, quản lý.\nNguyên nhân: nội dung phong trào thi đua tuy bám vào nhiệm vụ chính trị của cơ quan nhưng chưa được cụ thể hóa thành tiêu chí thi đua.',
  'huong-khac-phuc':
    '- Thường xuyên quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Kế hoạch phát động phong trào thi đua yêu nước của Cụm và Khối thi đua.\n- Thực hiện tốt phong trào thi đua gắn với việc đẩy mạnh “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.',
  'kien-nghi': 'Không.',
  'phuong-huong':
    '**1.** Tiếp tục quán triệt, triển khai, tuyên truyền và tổ chức thực hiện các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thi đua, khen thưởng.\n**2.** Tổ chức phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025.',
  'noi-nhan':
    'Bộ Công Thương;\nSở Nội vụ;\nBan Thi đua - Khen thưởng tỉnh;\nThành viên Cụm thi đua số VIII;\nGiám đốc, các Phó Giám đốc Sở;\nCác phòng, đơn vị thuộc Sở;\nLưu: VT, VP.',
};

export async function seedReportsDemo(trx: Transaction<DB>, homeAgencyId: number): Promise<void> {
  const stamp = { created_at: SEEDED_AT, updated_at: SEEDED_AT };
  let position = 0;
  const insert = async (d: Def, parentId: number | null): Promise<void> => {
    const row = await trx
      .insertInto('indicators')
      .values({
        agency_id: homeAgencyId,
        year: YEAR,
        parent_id: parentId,
        code: d.code,
        name: d.name,
        value_kind: d.kind,
        unit: d.unit,
        quantity_unit: d.quantityUnit ?? null,
        precision: d.precision,
        percent_precision: d.percentPrecision,
        aggregation: d.kind === 'amount' ? 'sum' : 'last',
        plan_value: d.plan ?? null,
        position: ++position,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const values = (d.months ?? []).map((v, i) => ({
      indicator_id: row.id,
      month: i + 1,
      kind: i === 5 ? ('estimate' as const) : ('actual' as const),
      value: v,
      prior_year_value: i === 5 ? (d.prior ?? null) : null,
      updated_at: SEEDED_AT,
    }));
    if (d.june)
      values.push({
        indicator_id: row.id,
        month: 6,
        kind: d.kind === 'fraction' ? 'actual' : 'estimate',
        value: d.june.value ?? null,
        ...(d.june.numerator ? { numerator: d.june.numerator, denominator: d.june.denominator } : {}),
        ...(d.june.quantity ? { quantity: d.june.quantity } : {}),
        ...(d.june.cumulative ? { reported_cumulative: d.june.cumulative } : {}),
        ...(d.priorQuantity ? { prior_year_quantity: d.priorQuantity } : {}),
        prior_year_value: d.prior ?? null,
        updated_at: SEEDED_AT,
      } as (typeof values)[number]);
    if (values.length) await trx.insertInto('indicator_values').values(values).execute();
    for (const c of d.children ?? []) await insert(c, row.id);
  };
  for (const d of INDICATORS) await insert(d, null);

  await trx
    .insertInto('admin_procedure_stats')
    .values({
      agency_id: homeAgencyId,
      year: YEAR,
      period_from: '2024-12-15',
      period_to: '2025-05-31',
      received: 10042,
      resolved: 9946,
      on_time: 9946,
      late: 0,
      online: 9816,
      note: 'Số liệu từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
    })
    .execute();

  const deputy = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select('p.full_name')
    .where('p.agency_id', '=', homeAgencyId)
    .where('u.kind', '=', 'lanh-dao')
    .where('p.position', '=', 'Phó Giám đốc')
    .orderBy('p.id')
    .executeTakeFirst();
  const report = await trx
    .insertInto('reports')
    .values({
      agency_id: homeAgencyId,
      year: YEAR,
      kind: 'so-ket-6-thang',
      period_from: `${YEAR}-01-01`,
      period_to: `${YEAR}-06-30`,
      title: `Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm ${YEAR}`,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const prose = {
    ...PROSE,
    ...(deputy ? { 'nguoi-ky': `KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n${deputy.full_name}` } : {}),
  };
  await trx
    .insertInto('report_sections')
    .values(
      Object.entries(prose).map(([key, body]) => ({
        report_id: report.id,
        key,
        heading: null,
        body,
        updated_at: SEEDED_AT,
      })),
    )
    .execute();
}
