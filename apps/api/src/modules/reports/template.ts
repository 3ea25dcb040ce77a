// The shape of a mid-year (sơ kết 6 tháng) or year-end (tổng kết năm) report, seed 001: the order of its
// headings, data parts and prose parts, and the sentences of each data part written from the figures the
// generation collected (ReportFacts). Pure: the same facts always give the same text, so the preview, the
// .docx and the tests read one model.
import type {
  ReportModel,
  ReportParagraph,
  ReportPart,
  ReportRun,
} from '../../../../../packages/documents/src/builders/report.ts';
import type { AgencyInfo } from '../../../../../packages/documents/src/builders/generic.ts';
import type { Signature } from '../../../../../packages/documents/src/model.ts';
import { formatDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import type { AdminProcedureSummary } from '../indicators/admin-procedures.ts';
import type { IndicatorSummaryItem } from '../indicators/service.ts';

export type ReportKind = 'so-ket-6-thang' | 'tong-ket-nam';

export const KIND_LABEL: Record<ReportKind, string> = {
  'so-ket-6-thang': 'Sơ kết 6 tháng',
  'tong-ket-nam': 'Tổng kết năm',
};

/** Everything a report's data parts are written from, kept as the report's data_snapshot. */
export interface ReportFacts {
  kind: ReportKind;
  year: number;
  periodFrom: string;
  periodTo: string;
  uptoMonth: number;
  agency: { name: string; shortName: string; parentName: string | null; place: string; symbol: string };
  people: {
    total: number;
    congChuc: number;
    vienChuc: number;
    hopDong: number;
    partyMembers: number;
    unionMembers: number;
    youthMembers: number;
  };
  leadership: {
    headPosition: string | null;
    headName: string | null;
    deputies: number;
    deputyPosition: string;
  };
  units: number;
  side: { dangUyMembers: number | null; chiBo: number; congDoan: number; chiDoan: number };
  tasks: { total: number; done: number; doneOnTime: number; overdue: number; cancelled: number };
  indicators: IndicatorSummaryItem[];
  adminProcedures: AdminProcedureSummary[];
  movements: {
    id: number;
    name: string;
    fromYear: number | null;
    toYear: number | null;
    results: string[];
  }[];
  received: {
    category: 'title' | 'form';
    issuer: string;
    label: string;
    persons: number;
    collectives: number;
    names: string[];
  }[];
  pending: { to: string; label: string; persons: number; collectives: number }[];
}

// ───────────── words ─────────────

/** Counts below 10 are written with a leading zero in administrative prose ("03 Phó Giám đốc"). */
export const pad = (n: number): string =>
  n >= 0 && n < 10 ? `0${n}` : new Intl.NumberFormat('vi-VN').format(n);
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const withUnit = (v: string, unit: string | null): string => (unit ? `${v} ${unit}` : v);

const TITLE_CODES = new Set([
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'chien-si-thi-dua-toan-quoc',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'co-thi-dua-cap-tinh',
  'co-thi-dua-chinh-phu',
]);
export const isTitleCode = (code: string): boolean => TITLE_CODES.has(code);

export const AWARD_LABEL: Record<string, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-cap-tinh': 'Chiến sĩ thi đua cấp tỉnh',
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-cap-tinh': 'Cờ thi đua cấp tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'giay-khen': 'giấy khen',
  'bang-khen-cap-tinh': 'bằng khen',
  'bang-khen-thu-tuong': 'bằng khen',
  'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba',
  'huan-chuong-lao-dong-hang-nhi': 'Huân chương Lao động hạng Nhì',
  'huan-chuong-lao-dong-hang-nhat': 'Huân chương Lao động hạng Nhất',
  'ky-niem-chuong-cong-thuong': 'kỷ niệm chương Vì sự nghiệp phát triển ngành Công Thương Việt Nam',
};

export const AUTHORITY_LABEL: Record<string, string> = {
  'giam-doc-so': 'Giám đốc Sở',
  'chu-tich-ubnd-tinh': 'Chủ tịch UBND tỉnh',
  'bo-truong': 'Bộ trưởng',
  'thu-tuong': 'Thủ tướng Chính phủ',
  'chu-tich-nuoc': 'Chủ tịch nước',
  khac: 'cấp có thẩm quyền',
};

export function reportTitle(kind: ReportKind, year: number): string {
  return kind === 'so-ket-6-thang'
    ? `Sơ kết công tác thi đua 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm ${year}`
    : `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`;
}

/** The default period: 01/01–30/06 for the mid-year review, the calendar year for the year-end one. */
export function defaultPeriod(kind: ReportKind, year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: kind === 'so-ket-6-thang' ? `${year}-06-30` : `${year}-12-31` };
}

/** "tập thể" / "cá nhân" counts as written: "02 tập thể và 04 cá nhân". */
export function recipientsText(collectives: number, persons: number): string {
  const parts: string[] = [];
  if (collectives) parts.push(`${pad(collectives)} tập thể`);
  if (persons) parts.push(`${pad(persons)} cá nhân`);
  return parts.join(' và ');
}

// ───────────── prose slots ─────────────

export interface ProseSlot {
  key: string;
  label: string;
  hint: string;
  /** Printed bold before the first paragraph ("Thuận lợi:"). */
  lead?: string;
}

const PROSE: Record<string, ProseSlot> = Object.fromEntries(
  (
    [
      {
        key: 'can-cu',
        label: 'Căn cứ báo cáo',
        hint: 'Thực hiện Quyết định số … của …, [cơ quan] báo cáo như sau:',
      },
      {
        key: 'thuan-loi',
        label: 'Thuận lợi',
        hint: 'Những thuận lợi của cơ quan trong kỳ.',
        lead: 'Thuận lợi:',
      },
      { key: 'kho-khan', label: 'Khó khăn', hint: 'Những khó khăn, vướng mắc trong kỳ.', lead: 'Khó khăn:' },
      {
        key: 'nhiem-vu-chinh-tri',
        label: 'Kết quả thực hiện nhiệm vụ chính trị, chuyên môn',
        hint: 'Sự lãnh đạo, chỉ đạo; các nghị quyết, kế hoạch được triển khai trong kỳ.',
      },
      {
        key: 'cai-cach-hanh-chinh',
        label: 'Công tác cải cách hành chính',
        hint: 'Các kế hoạch cải cách hành chính, thủ tục được công bố, sửa đổi, bãi bỏ.',
      },
      {
        key: 'nhiem-vu-khac',
        label: 'Nhiệm vụ khác',
        hint: 'Ví dụ: **3. Công tác phụ trách địa bàn huyện …:** …',
      },
      {
        key: '05-khong-05-co',
        label: 'Thực hiện “05 không, 05 có”',
        hint: 'Không để nhiệm vụ quá hạn; … Có kết quả thực hiện nhiệm vụ đạt chất lượng, hiệu quả cao.',
      },
      {
        key: 'chap-hanh-chu-truong',
        label: 'Thực hiện chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước',
        hint: 'Việc chấp hành chủ trương, chính sách; thực hiện Chỉ thị số 05-CT/TW …',
      },
      {
        key: 'lanh-dao-chi-dao',
        label: 'Công tác lãnh đạo, chỉ đạo về thi đua, khen thưởng',
        hint: '- Ban hành kế hoạch thi đua, khen thưởng năm …; phát động thi đua …',
      },
      {
        key: 'phong-trao-them',
        label: 'Phong trào thi đua (bổ sung)',
        hint: 'Các hoạt động hưởng ứng phong trào chưa có trong số liệu.',
      },
      { key: 'uu-diem', label: 'Ưu điểm', hint: 'Những ưu điểm của công tác thi đua, khen thưởng trong kỳ.' },
      {
        key: 'han-che',
        label: 'Hạn chế, nguyên nhân',
        hint: 'Những hạn chế và nguyên nhân.',
      },
      {
        key: 'huong-khac-phuc',
        label: 'Hướng khắc phục tồn tại, hạn chế',
        hint: '- Thường xuyên quán triệt …',
      },
      { key: 'kien-nghi', label: 'Kiến nghị, đề xuất', hint: 'Không (hoặc các kiến nghị với cấp trên).' },
      {
        key: 'phuong-huong',
        label: 'Phương hướng, nhiệm vụ',
        hint: '**1.** Tiếp tục quán triệt, triển khai … (mỗi nhiệm vụ một dòng).',
      },
      {
        key: 'noi-nhan',
        label: 'Nơi nhận',
        hint: 'Mỗi nơi nhận một dòng; dòng cuối "Lưu: VT, VP."',
      },
      {
        key: 'nguoi-ky',
        label: 'Người ký',
        hint: 'Các dòng thẩm quyền ký rồi họ tên, mỗi dòng một ý: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Họ và tên.',
      },
    ] satisfies ProseSlot[]
  ).map((s) => [s.key, s]),
);

export const PROSE_KEYS: readonly string[] = Object.keys(PROSE);
export const proseSlot = (key: string): ProseSlot | undefined => PROSE[key];

// ───────────── data parts ─────────────

const p = (runs: ReportRun[], style: ReportParagraph['style'] = 'paragraph'): ReportParagraph => ({
  style,
  runs,
});
const t = (text: string): ReportRun => ({ text });

function orgWord(f: ReportFacts): string {
  return /^sở(\s|$)/iu.test(f.agency.shortName) ? 'Sở' : 'cơ quan';
}

export function organisationParagraphs(f: ReportFacts): ReportParagraph[] {
  const org = orgWord(f);
  const l = f.leadership;
  const board = [
    ...(l.headPosition ? [l.headPosition] : []),
    ...(l.deputies ? [`${pad(l.deputies)} ${l.deputyPosition}`] : []),
    `${pad(f.units)} tổ chức chuyên môn, đơn vị trực thuộc ${org}`,
  ].join(', ');
  const pp = f.people;
  const categories = [
    `Công chức ${pad(pp.congChuc)} người`,
    `viên chức ${pad(pp.vienChuc)} người`,
    `hợp đồng lao động ${pad(pp.hopDong)} người`,
  ].join(', ');
  let text =
    `Đặc điểm, tình hình chung của cơ quan: Lãnh đạo ${org} gồm ${board}. ` +
    `Tổng số công chức, viên chức, người lao động ${f.agency.shortName} hiện tại là ${pad(pp.total)} người, trong đó: ${categories}.`;
  const party: string[] = [];
  if (f.side.dangUyMembers) party.push(`Đảng ủy ${org} có ${pad(f.side.dangUyMembers)} đồng chí`);
  party.push(
    f.side.chiBo
      ? `Đảng bộ ${org} có ${pad(f.side.chiBo)} Chi bộ trực thuộc, với tổng số ${pad(pp.partyMembers)} Đảng viên`
      : `${org === 'Sở' ? 'Sở' : 'Cơ quan'} có ${pad(pp.partyMembers)} Đảng viên`,
  );
  text += ` ${party.join('; ')}.`;
  const mass: string[] = [];
  if (f.side.congDoan)
    mass.push(`${pad(f.side.congDoan)} tổ chức Công đoàn cơ sở với ${pad(pp.unionMembers)} đoàn viên`);
  if (f.side.chiDoan) mass.push(`${pad(f.side.chiDoan)} Chi đoàn Thanh niên`);
  if (mass.length) text += ` Có ${mass.join(' và có ')}.`;
  return [p([t(text)])];
}

export function taskParagraphs(f: ReportFacts): ReportParagraph[] {
  const k = f.tasks;
  if (!k.total)
    return [
      p([
        t(
          `Chưa có nhiệm vụ nào trong kế hoạch công tác thi đua, khen thưởng năm ${f.year} đã ban hành của ${f.agency.shortName}.`,
        ),
      ]),
    ];
  const rest = k.total - k.done - k.overdue - k.cancelled;
  const bits = [`đã hoàn thành ${pad(k.done)} nhiệm vụ (${pad(k.doneOnTime)} nhiệm vụ đúng hạn)`];
  if (k.overdue) bits.push(`${pad(k.overdue)} nhiệm vụ quá hạn chưa hoàn thành`);
  if (rest > 0) bits.push(`${pad(rest)} nhiệm vụ đang triển khai theo kế hoạch`);
  if (k.cancelled) bits.push(`${pad(k.cancelled)} nhiệm vụ không thực hiện`);
  return [
    p([
      t(
        `Kế hoạch công tác thi đua, khen thưởng năm ${f.year} của ${f.agency.shortName} có ${pad(k.total)} nhiệm vụ; đến ngày ${formatDateVi(f.periodTo)} ${bits.join(', ')}.`,
      ),
    ]),
  ];
}

function periodWord(uptoMonth: number): string {
  return uptoMonth === 12 ? 'cả năm' : `${uptoMonth} tháng`;
}

function changeClause(change: string | null): string | null {
  if (!change) return null;
  return change === 'tương đương' ? 'tương đương cùng kỳ' : `${change} so với cùng kỳ`;
}

function breakdownText(item: IndicatorSummaryItem): string {
  const anyQuantity = item.children.some((c) => c.quantityUnit);
  const est = item.children.some((c) => c.estimated);
  const lead = `${est ? 'Ước thực hiện' : 'Thực hiện'} ${anyQuantity ? 'các mặt hàng' : 'chi tiết'} (tăng/giảm so cùng kỳ): `;
  const rows = item.children.map((c) => {
    if (c.kind === 'index') return `${c.name} ${c.text.change ?? `đạt ${c.text.cumulative ?? '…'}`}`;
    const value = c.text.cumulative === null ? 'chưa có số liệu' : withUnit(c.text.cumulative, c.unit);
    const qty =
      c.text.cumulativeQuantity && c.quantityUnit ? `${c.text.cumulativeQuantity} ${c.quantityUnit}/` : '';
    let change = '';
    if (c.text.quantityChange && c.text.change)
      change = ` ${c.text.quantityChange} về lượng, ${c.text.change} về giá trị`;
    else if (c.text.change) change = ` ${c.text.change}`;
    return `${c.name} ${qty}${value}${change}`;
  });
  return `${lead}${rows.join('; ')}.`;
}

/** "7–12", "3, 5": months as a report writes them. */
export function monthsText(ms: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < ms.length;) {
    let j = i;
    while (j + 1 < ms.length && ms[j + 1] === ms[j]! + 1) j++;
    out.push(j - i >= 2 ? `${ms[i]}–${ms[j]}` : ms.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return out.join(', ');
}

/** The report's last month has no figure: the sentence says which months are still missing. */
function gapNote(i: IndicatorSummaryItem, uptoMonth: number): string {
  return i.missingMonths.includes(uptoMonth) ? ` (chưa có số liệu tháng ${monthsText(i.missingMonths)})` : '';
}

/** One bullet per top-level indicator, the way seed 001 writes them; breakdowns inline (indices) or as a footnote. */
export function indicatorParagraphs(f: ReportFacts): ReportParagraph[] {
  const period = periodWord(f.uptoMonth);
  const out: ReportParagraph[] = [];
  for (const i of f.indicators) {
    const est = i.estimated ? 'ước ' : '';
    if (i.text.cumulative === null && i.text.fraction === null) {
      out.push(p([t(`${i.name}: chưa có số liệu đến tháng ${f.uptoMonth}/${f.year}.`)], 'bullet'));
      continue;
    }
    if (i.kind === 'index') {
      const change = i.text.change ? `${i.text.change} so với cùng kỳ` : `đạt ${i.text.cumulative}`;
      let text = `${i.name} ${i.estimated ? 'ước thực hiện ' : ''}${period} ${change}${gapNote(i, f.uptoMonth)}.`;
      if (i.children.length)
        text += ` Trong đó: ${i.children
          .map((c) => `${lowerFirst(c.name)} ${c.text.change ?? `đạt ${c.text.cumulative ?? '…'}`}`)
          .join('; ')}.`;
      out.push(p([t(text)], 'bullet'));
      continue;
    }
    if (i.kind === 'fraction') {
      out.push(
        p(
          [
            t(
              `${i.name}: ${withUnit(i.text.fraction ?? '', i.unit)}, chiếm tỷ lệ ${i.text.fractionPercent ?? '…'}.`,
            ),
          ],
          'bullet',
        ),
      );
      continue;
    }
    const clauses: string[] = [];
    if (i.text.monthValue !== null && f.uptoMonth > 1 && i.kind !== 'percent')
      clauses.push(`tháng ${f.uptoMonth} ${est}đạt ${withUnit(i.text.monthValue, i.unit)}`);
    clauses.push(
      `${clauses.length ? 'lũy kế ' : ''}${period} ${est}đạt ${withUnit(i.text.cumulative ?? '', i.unit)}`,
    );
    const plan = i.text.percentOfPlan ? `đạt ${i.text.percentOfPlan} kế hoạch` : null;
    const change = changeClause(i.text.change);
    if (plan && change) clauses.push(`${plan} và ${change}`);
    else if (plan) clauses.push(plan);
    else if (change) clauses.push(change);
    const runs: ReportRun[] = [t(`${i.name} ${clauses.join(', ')}${gapNote(i, f.uptoMonth)}.`)];
    if (i.children.length) runs.push({ footnote: breakdownText(i) });
    out.push(p(runs, 'bullet'));
  }
  if (!out.length) out.push(p([t(`Chưa có chỉ tiêu nào của năm ${f.year} được nhập vào hệ thống.`)]));
  return out;
}

export function adminProcedureParagraphs(f: ReportFacts): ReportParagraph[] {
  const s = f.adminProcedures.at(-1);
  if (!s) return [p([t('Chưa có số liệu giải quyết thủ tục hành chính trong kỳ.')])];
  let text = `${upperFirst(s.text.period)}, ${f.agency.shortName} tiếp nhận ${s.text.received} hồ sơ thủ tục hành chính, đã giải quyết và trả kết quả ${s.text.resolved} hồ sơ cho các tổ chức, cá nhân`;
  if (s.late === 0) text += ', tất cả hồ sơ đều được giải quyết đúng hạn, không có hồ sơ giải quyết trễ hạn';
  else if (s.late !== null)
    text += `, trong đó ${s.text.onTime ?? pad(s.resolved - s.late)} hồ sơ đúng hạn, ${s.text.late} hồ sơ trễ hạn`;
  text += '.';
  if (s.online !== null && s.text.onlinePhrase)
    text += ` Qua dịch vụ công trực tuyến đã tiếp nhận và giải quyết ${s.text.online} hồ sơ, chiếm ${s.text.onlinePhrase} hồ sơ được giải quyết.`;
  return [p([t(text)])];
}

export function movementParagraphs(f: ReportFacts): ReportParagraph[] {
  if (!f.movements.length) return [p([t('Trong kỳ không có phong trào thi đua nào đang triển khai.')])];
  return f.movements.map((m) => {
    const span =
      m.fromYear && m.toYear && m.fromYear !== m.toYear ? ` giai đoạn ${m.fromYear}-${m.toYear}` : '';
    const results = m.results.length
      ? `${m.results.map((r) => r.replace(/[.;]\s*$/u, '')).join('; ')}.`
      : 'chưa ghi nhận kết quả trong kỳ báo cáo.';
    // "Phong trào thi đua năm 2025" is printed as named; a slogan-like name is quoted in italics (seed 001).
    const named = /^phong trào/iu.test(m.name.trim());
    const runs: ReportRun[] = named
      ? [t(`${m.name.trim()}${span}: ${upperFirst(results)}`)]
      : [
          t('Phong trào thi đua “'),
          { text: m.name.trim().replace(/^[“"](.*)[”"]$/u, '$1'), italic: true },
          t(`”${span}: ${upperFirst(results)}`),
        ];
    return p(runs, 'bullet');
  });
}

export function commendationParagraphs(f: ReportFacts): ReportParagraph[] {
  const out: ReportParagraph[] = [];
  const who = (r: ReportFacts['received'][number]): string =>
    r.persons + r.collectives <= 2 && r.names.length
      ? r.names.join(', ')
      : recipientsText(r.collectives, r.persons);
  const titles = f.received.filter((r) => r.category === 'title');
  const forms = f.received.filter((r) => r.category === 'form');
  if (titles.length)
    out.push(
      p(
        [
          t(
            `Về danh hiệu: ${titles.map((r) => `${r.issuer} tặng danh hiệu “${r.label}” cho ${who(r)}`).join('; ')}${forms.length ? ';' : '.'}`,
          ),
        ],
        'bullet',
      ),
    );
  if (forms.length)
    out.push(
      p(
        [t(`Về khen thưởng: ${forms.map((r) => `${r.issuer} tặng ${r.label} cho ${who(r)}`).join('; ')}.`)],
        'bullet',
      ),
    );
  if (!titles.length && !forms.length)
    out.push(p([t('Trong kỳ chưa nhận được quyết định khen thưởng nào.')], 'bullet'));
  if (f.pending.length)
    out.push(
      p([
        t(
          `Đang đề nghị ${f.pending
            .map(
              (x, n) =>
                `${n ? 'đề nghị ' : ''}${x.to} tặng ${x.label} cho ${recipientsText(x.collectives, x.persons)}`,
            )
            .join('; ')}.`,
        ),
      ]),
    );
  return out;
}

export function closingParagraphs(f: ReportFacts): ReportParagraph[] {
  const what =
    f.kind === 'so-ket-6-thang'
      ? `kết quả công tác thi đua, khen thưởng 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm ${f.year}`
      : `tổng kết công tác thi đua, khen thưởng năm ${f.year} và phương hướng, nhiệm vụ năm ${f.year + 1}`;
  return [p([t(`Trên đây là báo cáo ${what} của ${f.agency.name}./.`)])];
}

// ───────────── the whole report ─────────────

type Skeleton =
  | { type: 'heading'; level: 0 | 1 | 2 | 3; text: string; subtitle?: string }
  | { type: 'data'; key: string; label: string; build: (f: ReportFacts) => ReportParagraph[] }
  | { type: 'prose'; key: string };

function skeleton(f: ReportFacts): Skeleton[] {
  const mid = f.kind === 'so-ket-6-thang';
  const span = mid ? `6 THÁNG NĂM ${f.year}` : `NĂM ${f.year}`;
  const next = mid ? `6 THÁNG CUỐI NĂM ${f.year}` : `NĂM ${f.year + 1}`;
  return [
    { type: 'prose', key: 'can-cu' },
    { type: 'data', key: 'dac-diem', label: 'Đặc điểm, tình hình chung', build: organisationParagraphs },
    { type: 'prose', key: 'thuan-loi' },
    { type: 'prose', key: 'kho-khan' },
    {
      type: 'heading',
      level: 0,
      text: 'Phần I',
      subtitle: `KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG ${span}`,
    },
    { type: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHÍNH TRỊ, CHUYÊN MÔN' },
    { type: 'heading', level: 2, text: '1. Kết quả thực hiện nhiệm vụ chính trị, chuyên môn:' },
    { type: 'prose', key: 'nhiem-vu-chinh-tri' },
    { type: 'data', key: 'nhiem-vu', label: 'Nhiệm vụ trong kế hoạch công tác', build: taskParagraphs },
    { type: 'data', key: 'chi-tieu', label: 'Chỉ tiêu', build: indicatorParagraphs },
    { type: 'heading', level: 2, text: '2. Công tác cải cách thủ tục hành chính:' },
    { type: 'prose', key: 'cai-cach-hanh-chinh' },
    {
      type: 'data',
      key: 'thu-tuc-hanh-chinh',
      label: 'Giải quyết thủ tục hành chính',
      build: adminProcedureParagraphs,
    },
    { type: 'prose', key: 'nhiem-vu-khac' },
    { type: 'heading', level: 1, text: 'II. THỰC HIỆN “05 KHÔNG, 05 CÓ”' },
    { type: 'prose', key: '05-khong-05-co' },
    {
      type: 'heading',
      level: 1,
      text: 'III. THỰC HIỆN CHỦ TRƯƠNG, ĐƯỜNG LỐI CỦA ĐẢNG, CHÍNH SÁCH PHÁP LUẬT CỦA NHÀ NƯỚC',
    },
    { type: 'prose', key: 'chap-hanh-chu-truong' },
    { type: 'heading', level: 1, text: 'IV. CÔNG TÁC THI ĐUA, KHEN THƯỞNG' },
    { type: 'heading', level: 2, text: '1. Công tác lãnh đạo, chỉ đạo về công tác thi đua, khen thưởng:' },
    { type: 'prose', key: 'lanh-dao-chi-dao' },
    { type: 'heading', level: 2, text: '2. Kết quả triển khai, thực hiện các phong trào thi đua:' },
    { type: 'data', key: 'phong-trao', label: 'Phong trào thi đua và kết quả', build: movementParagraphs },
    { type: 'prose', key: 'phong-trao-them' },
    { type: 'heading', level: 2, text: '3. Công tác khen thưởng:' },
    {
      type: 'data',
      key: 'khen-thuong',
      label: 'Khen thưởng đã nhận và đang đề nghị',
      build: commendationParagraphs,
    },
    { type: 'heading', level: 1, text: 'V. ĐÁNH GIÁ CHUNG' },
    { type: 'heading', level: 2, text: '1. Ưu điểm:' },
    { type: 'prose', key: 'uu-diem' },
    { type: 'heading', level: 2, text: '2. Hạn chế, nguyên nhân:' },
    { type: 'prose', key: 'han-che' },
    { type: 'heading', level: 2, text: '3. Hướng khắc phục tồn tại, hạn chế:' },
    { type: 'prose', key: 'huong-khac-phuc' },
    { type: 'heading', level: 1, text: 'VI. KIẾN NGHỊ, ĐỀ XUẤT' },
    { type: 'prose', key: 'kien-nghi' },
    {
      type: 'heading',
      level: 0,
      text: 'Phần II',
      subtitle: `PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG ${next}`,
    },
    { type: 'prose', key: 'phuong-huong' },
    { type: 'data', key: 'ket-luan', label: 'Kết luận', build: closingParagraphs },
  ];
}

/** Parses the signer slot: authority lines, then the name on the last line. */
export function parseSigner(body: string): Signature | null {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return null;
  return {
    authority: lines.slice(0, -1).map((l) => l.toLocaleUpperCase('vi')),
    signerName: lines.at(-1)!,
  };
}

/** Parses the Nơi nhận slot: one recipient a line, the "Lưu: …" line as the archive. */
export function parseRecipients(body: string): { recipients: string[]; archive: string[] } {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[-–]\s*/u, ''))
    .filter(Boolean);
  const archiveLine = lines.find((l) => /^lưu\s*:/iu.test(l));
  const archive = archiveLine
    ? archiveLine
        .replace(/^lưu\s*:\s*/iu, '')
        .replace(/\.$/u, '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : ['VT'];
  return { recipients: lines.filter((l) => l !== archiveLine), archive };
}

export interface ReportMeta {
  number: string | null;
  date: string | null;
}

/** The model the preview and the .docx are made from: data parts from the facts, prose parts from the saved text. */
export function buildReportModel(
  f: ReportFacts,
  prose: ReadonlyMap<string, string>,
  meta: ReportMeta,
): ReportModel {
  const parts: ReportPart[] = skeleton(f).map((s) => {
    if (s.type === 'heading') return { ...s };
    if (s.type === 'data') return { type: 'data', key: s.key, label: s.label, paragraphs: s.build(f) };
    const slot = PROSE[s.key]!;
    const body = prose.get(s.key) ?? '';
    return {
      type: 'prose',
      key: s.key,
      label: slot.label,
      hint: slot.hint,
      body: slot.lead && body.trim() ? `**${slot.lead}** ${body.trim()}` : body,
    };
  });
  const agency: AgencyInfo = {
    name: f.agency.shortName,
    parentName: f.agency.parentName,
    place: f.agency.place,
    abbreviation: f.agency.symbol,
  };
  const { recipients, archive } = parseRecipients(prose.get('noi-nhan') ?? '');
  const signer = parseSigner(prose.get('nguoi-ky') ?? '');
  const signature: Signature | null =
    signer ??
    (f.leadership.headName
      ? {
          authority: [(f.leadership.headPosition ?? 'Giám đốc').toLocaleUpperCase('vi')],
          signerName: f.leadership.headName,
        }
      : null);
  return {
    agency,
    number: meta.number,
    date: meta.date,
    title: reportTitle(f.kind, f.year),
    parts,
    recipients,
    archive,
    signature,
  };
}
