// Vietnamese texts of the reason codes and warnings (with diacritics; dates dd/mm/yyyy). The code and its
// params are the stable contract; these sentences are only their rendering.
import type { ReasonParams, TargetCode } from '../types.ts';

export const TARGET_LABELS: Record<TargetCode, string> = {
  'lao-dong-tien-tien': 'Lao động tiên tiến',
  'chien-si-thi-dua-co-so': 'Chiến sĩ thi đua cơ sở',
  'chien-si-thi-dua-cap-tinh': 'Chiến sĩ thi đua cấp tỉnh',
  'chien-si-thi-dua-toan-quoc': 'Chiến sĩ thi đua toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể lao động tiên tiến',
  'tap-the-lao-dong-xuat-sac': 'Tập thể lao động xuất sắc',
  'co-thi-dua-cap-tinh': 'Cờ thi đua cấp tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua của Chính phủ',
  'giay-khen': 'Giấy khen',
  'bang-khen-cap-tinh': 'Bằng khen cấp tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen của Thủ tướng Chính phủ',
  'huan-chuong-lao-dong-hang-ba': 'Huân chương Lao động hạng Ba',
  'huan-chuong-lao-dong-hang-nhi': 'Huân chương Lao động hạng Nhì',
  'huan-chuong-lao-dong-hang-nhat': 'Huân chương Lao động hạng Nhất',
  'ky-niem-chuong-cong-thuong': 'Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công Thương"',
};

/** Short labels used inside sentences ("cần thêm 1 năm CSTĐCS"). */
export const TARGET_SHORT: Record<TargetCode, string> = {
  'lao-dong-tien-tien': 'LĐTT',
  'chien-si-thi-dua-co-so': 'CSTĐCS',
  'chien-si-thi-dua-cap-tinh': 'CSTĐ cấp tỉnh',
  'chien-si-thi-dua-toan-quoc': 'CSTĐ toàn quốc',
  'tap-the-lao-dong-tien-tien': 'Tập thể LĐTT',
  'tap-the-lao-dong-xuat-sac': 'Tập thể LĐXS',
  'co-thi-dua-cap-tinh': 'Cờ thi đua cấp tỉnh',
  'co-thi-dua-chinh-phu': 'Cờ thi đua Chính phủ',
  'giay-khen': 'Giấy khen',
  'bang-khen-cap-tinh': 'Bằng khen cấp tỉnh',
  'bang-khen-thu-tuong': 'Bằng khen Thủ tướng',
  'huan-chuong-lao-dong-hang-ba': 'HCLĐ hạng Ba',
  'huan-chuong-lao-dong-hang-nhi': 'HCLĐ hạng Nhì',
  'huan-chuong-lao-dong-hang-nhat': 'HCLĐ hạng Nhất',
  'ky-niem-chuong-cong-thuong': 'Kỷ niệm chương ngành Công Thương',
};

export const RATING_LABELS: Record<string, string> = {
  htxsnv: 'Hoàn thành xuất sắc nhiệm vụ',
  httnv: 'Hoàn thành tốt nhiệm vụ',
  htnv: 'Hoàn thành nhiệm vụ',
  khtnv: 'Không hoàn thành nhiệm vụ',
};

export const DISCIPLINE_LABELS: Record<string, string> = {
  'khien-trach': 'khiển trách',
  'canh-cao': 'cảnh cáo',
  'ha-bac-luong': 'hạ bậc lương',
  'giang-chuc': 'giáng chức',
  'cach-chuc': 'cách chức',
  'buoc-thoi-viec': 'buộc thôi việc',
};

export const SCOPE_LABELS: Record<string, string> = {
  'co-so': 'cơ sở',
  'cap-tinh': 'cấp tỉnh (bộ, ban, ngành)',
  'toan-quoc': 'toàn quốc',
};

/** "2025-01-10" → "10/01/2025". */
export function dateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toString().replace('.', ',')}%`;
}

type P = ReasonParams;
const s = (p: P, k: string): string => String(p[k] ?? '');
const n = (p: P, k: string): number => Number(p[k] ?? 0);
/** Procedure-only subjects that are not eligibility targets (publicity, dossiers). */
export const PROCEDURE_TARGET_LABELS: Record<string, string> = {
  'danh-hieu-vinh-du-nha-nuoc': 'Danh hiệu vinh dự Nhà nước',
};
const t = (p: P, k: string): string =>
  TARGET_LABELS[s(p, k) as TargetCode] ?? PROCEDURE_TARGET_LABELS[s(p, k)] ?? s(p, k);
const r = (p: P, k: string): string => RATING_LABELS[s(p, k)] ?? s(p, k);
const d = (p: P, k: string): string => DISCIPLINE_LABELS[s(p, k)] ?? s(p, k);
const sc = (p: P, k: string): string => SCOPE_LABELS[s(p, k)] ?? s(p, k);
const span = (p: P): string =>
  n(p, 'from') === n(p, 'to') ? `năm ${n(p, 'to')}` : `các năm ${n(p, 'from')}–${n(p, 'to')}`;

export const MESSAGES_VI = {
  // ratings
  'rating-sufficient': (p: P) =>
    `Năm ${n(p, 'year')} xếp loại ${r(p, 'rating')}, đạt mức ${r(p, 'required')}.`,
  'rating-insufficient': (p: P) =>
    `Năm ${n(p, 'year')} xếp loại ${r(p, 'rating')}, chưa đạt mức ${r(p, 'required')}.`,
  'rating-missing': (p: P) => `Chưa có kết quả xếp loại năm ${n(p, 'year')}.`,
  // working time
  'months-sufficient': (p: P) =>
    `Thời gian công tác được tính năm ${n(p, 'year')}: ${n(p, 'months')} tháng (tối thiểu ${n(p, 'required')} tháng)${p['leave'] ? ', kể cả thời gian ' + s(p, 'leave') : ''}.`,
  'months-insufficient': (p: P) =>
    `Thời gian công tác được tính năm ${n(p, 'year')} chỉ ${n(p, 'months')} tháng, dưới ${n(p, 'required')} tháng.`,
  'months-unknown': (p: P) => `Chưa có số tháng công tác năm ${n(p, 'year')}.`,
  'recruit-sufficient': (p: P) =>
    `Tuyển dụng ngày ${dateVi(s(p, 'recruitedOn'))}, được ${n(p, 'months')} tháng trong năm ${n(p, 'year')} (tối thiểu ${n(p, 'required')} tháng).`,
  'recruit-insufficient': (p: P) =>
    `Mới tuyển dụng ngày ${dateVi(s(p, 'recruitedOn'))}, mới được ${n(p, 'months')} tháng trong năm ${n(p, 'year')}, dưới ${n(p, 'required')} tháng.`,
  'recruited-before-year': (p: P) =>
    `Tuyển dụng ngày ${dateVi(s(p, 'recruitedOn'))}, trước năm ${n(p, 'year')}.`,
  // discipline
  'no-discipline': (p: P) => `Không bị kỷ luật trong năm ${n(p, 'year')}.`,
  'disciplined-in-year': (p: P) => `Bị kỷ luật ${d(p, 'level')} trong năm ${n(p, 'year')}.`,
  // registration
  registered: (p: P) => `Đã đăng ký thi đua năm ${n(p, 'year')}.`,
  'not-registered': (p: P) => `Không đăng ký thi đua năm ${n(p, 'year')}.`,
  'registration-unknown': (p: P) => `Chưa có thông tin đăng ký thi đua năm ${n(p, 'year')}.`,
  // absence (agency option)
  'absence-within-limit': (p: P) =>
    `Nghỉ ${n(p, 'days')} ngày trong năm ${n(p, 'year')}, không quá ${n(p, 'limit')} ngày theo quy chế của cơ quan.`,
  'absence-over-limit': (p: P) =>
    `Nghỉ ${n(p, 'days')} ngày trong năm ${n(p, 'year')}, vượt ${n(p, 'limit')} ngày theo quy chế của cơ quan.`,
  'absence-unknown': (p: P) =>
    `Chưa có số ngày nghỉ năm ${n(p, 'year')} (quy chế của cơ quan giới hạn ${n(p, 'limit')} ngày).`,
  // titles of the same year (worked out by the engine)
  'holds-title-same-year': (p: P) => `Đủ tiêu chuẩn ${t(p, 'title')} năm ${n(p, 'year')}.`,
  'lacks-title-same-year': (p: P) => `Không đủ tiêu chuẩn ${t(p, 'title')} năm ${n(p, 'year')}.`,
  'title-same-year-undetermined': (p: P) =>
    `Chưa xác định được ${t(p, 'title')} năm ${n(p, 'year')} (thiếu thông tin).`,
  // initiatives
  'initiative-found': (p: P) =>
    `Có sáng kiến được công nhận phạm vi ${sc(p, 'scope')} (năm ${n(p, 'year')}).`,
  'initiative-missing': (p: P) =>
    `Chưa có sáng kiến được công nhận phạm vi ${sc(p, 'scope')} trở lên trong ${span(p)}.`,
  'initiative-pending': (p: P) => `Sáng kiến năm ${n(p, 'year')} mới đăng ký, chưa được công nhận.`,
  'science-topic-found': (p: P) => `Có đề tài khoa học được nghiệm thu, áp dụng năm ${n(p, 'year')}.`,
  'initiatives-sufficient': (p: P) =>
    `Có ${n(p, 'count')} sáng kiến được công nhận phạm vi ${sc(p, 'scope')} trở lên trong ${span(p)} (cần ${n(p, 'required')}).`,
  'initiatives-insufficient': (p: P) =>
    `Chỉ có ${n(p, 'count')} sáng kiến được công nhận phạm vi ${sc(p, 'scope')} trở lên trong ${span(p)}, cần ${n(p, 'required')}.`,
  'agency-requires-initiative': () =>
    `Quy chế của cơ quan yêu cầu có sáng kiến được công nhận để xét Chiến sĩ thi đua cơ sở.`,
  // streaks
  'streak-met': (p: P) =>
    `Có ${n(p, 'required')} lần liên tục ${t(p, 'title')} (${n(p, 'from')}–${n(p, 'to')}).`,
  'streak-broken': (p: P) =>
    `Chưa đủ ${n(p, 'required')} lần liên tục ${t(p, 'title')} (${n(p, 'from')}–${n(p, 'to')}): năm ${n(p, 'missingYear')} ${p['judgedYear'] ? 'không đủ tiêu chuẩn' : 'không được tặng'}.`,
  'streak-unknown': (p: P) =>
    `Chưa xác định được ${n(p, 'required')} lần liên tục ${t(p, 'title')}: chưa rõ năm ${n(p, 'missingYear')}.`,
  'streak-consumed': (p: P) =>
    `Chuỗi ${t(p, 'title')} đến năm ${n(p, 'usedUpTo')} đã được dùng để xét ${t(p, 'usedFor')}; cần ${n(p, 'required')} lần liên tục tiếp theo.`,
  // prerequisites and windows
  'prerequisite-found': (p: P) =>
    `Đã được tặng ${t(p, 'award')} (thành tích năm ${n(p, 'year')}); thời gian xét lần tiếp theo tính sau năm ${n(p, 'windowFrom')}.`,
  'prerequisite-missing': (p: P) =>
    `Chưa được tặng ${t(p, 'award')} (không tính khen thưởng theo đợt, chuyên đề và quyết định đã bị huỷ bỏ).`,
  'prerequisite-too-recent': (p: P) =>
    `${t(p, 'award')} gần nhất tính đến năm ${n(p, 'windowFrom')}; chưa đủ ${n(p, 'required')} năm tiếp theo đến năm ${n(p, 'year')}.`,
  'window-clear': (p: P) => `Chưa được tặng ${t(p, 'award')} cho thành tích trong ${span(p)}.`,
  'window-overlap': (p: P) =>
    `${t(p, 'award')} trước đó tính thành tích đến năm ${n(p, 'windowFrom')}; các năm từ ${n(p, 'from')} đã được khen.`,
  'years-run-sufficient': (p: P) =>
    `Có ${n(p, 'count')} năm liên tục (${n(p, 'from')}–${n(p, 'to')}) xếp loại từ ${r(p, 'rating')} trở lên (cần ${n(p, 'required')}).`,
  'years-run-insufficient': (p: P) =>
    `Chỉ có ${n(p, 'count')} năm liên tục đến năm ${n(p, 'to')} xếp loại từ ${r(p, 'rating')} trở lên, cần ${n(p, 'required')}.`,
  'years-run-unknown': (p: P) =>
    `Chưa có kết quả xếp loại năm ${n(p, 'missingYear')} để tính ${n(p, 'required')} năm liên tục.`,
  'count-sufficient': (p: P) =>
    `Có ${n(p, 'count')} lần ${t(p, 'title')} trong ${span(p)} (cần ${n(p, 'required')}).`,
  'count-insufficient': (p: P) =>
    `Chỉ có ${n(p, 'count')} lần ${t(p, 'title')} trong ${span(p)}, cần ${n(p, 'required')}.`,
  'count-unknown': (p: P) =>
    `Có ${n(p, 'count')} lần ${t(p, 'title')} trong ${span(p)}, cần ${n(p, 'required')}; chưa xác định năm ${n(p, 'to')}.`,
  'htxsnv-count-sufficient': (p: P) =>
    `Có ${n(p, 'count')} năm Hoàn thành xuất sắc nhiệm vụ trong ${span(p)} (cần ${n(p, 'required')}).`,
  'htxsnv-count-insufficient': (p: P) =>
    `Chỉ có ${n(p, 'count')} năm Hoàn thành xuất sắc nhiệm vụ trong ${span(p)}, cần ${n(p, 'required')}.`,
  // collectives
  'member-share-met': (p: P) =>
    `${n(p, 'count')}/${n(p, 'total')} cá nhân (${pct(n(p, 'count') / Math.max(1, n(p, 'total')))}) đạt ${t(p, 'title')}, ${p['strict'] ? 'trên' : 'từ'} ${pct(n(p, 'required'))}.`,
  'member-share-not-met': (p: P) =>
    `${n(p, 'count')}/${n(p, 'total')} cá nhân (${pct(n(p, 'count') / Math.max(1, n(p, 'total')))}) đạt ${t(p, 'title')}, chưa ${p['strict'] ? 'trên' : 'đạt'} ${pct(n(p, 'required'))}.`,
  'member-share-unknown': (p: P) =>
    `${n(p, 'count')}/${n(p, 'total')} cá nhân đạt ${t(p, 'title')}; ${n(p, 'undetermined')} người chưa xác định, chưa kết luận được tỷ lệ ${pct(n(p, 'required'))}.`,
  'members-all-complete': (p: P) =>
    `100% cá nhân (${n(p, 'total')} người) hoàn thành nhiệm vụ năm ${n(p, 'year')}.`,
  'member-not-complete': (p: P) => `Cá nhân ${s(p, 'member')} không hoàn thành nhiệm vụ năm ${n(p, 'year')}.`,
  'member-rating-unknown': (p: P) =>
    `Chưa có xếp loại năm ${n(p, 'year')} của ${n(p, 'count')} cá nhân (ví dụ ${s(p, 'member')}).`,
  'member-cstdcs-present': (p: P) =>
    `Có ${n(p, 'count')} cá nhân đạt Chiến sĩ thi đua cơ sở năm ${n(p, 'year')}.`,
  'member-cstdcs-absent': (p: P) => `Không có cá nhân nào đạt Chiến sĩ thi đua cơ sở năm ${n(p, 'year')}.`,
  'member-cstdcs-unknown': (p: P) =>
    `Chưa xác định được cá nhân đạt Chiến sĩ thi đua cơ sở năm ${n(p, 'year')}.`,
  'members-no-serious-discipline': (p: P) =>
    `Không có cá nhân bị kỷ luật từ ${d(p, 'level')} trở lên trong năm ${n(p, 'year')}.`,
  'member-serious-discipline': (p: P) =>
    `Cá nhân ${s(p, 'member')} bị kỷ luật ${d(p, 'actual')} (từ ${d(p, 'level')} trở lên) trong năm ${n(p, 'year')}.`,
  'no-members': () => `Không có danh sách thành viên (members) để tính tỷ lệ.`,
  'cluster-rank-met': (p: P) =>
    `Xếp thứ ${n(p, 'rank')} trong cụm, khối thi đua năm ${n(p, 'year')} (số cờ được phân bổ: ${n(p, 'flags')}).`,
  'cluster-rank-not-met': (p: P) =>
    `Xếp thứ ${n(p, 'rank')} trong cụm, khối thi đua năm ${n(p, 'year')}, ngoài số cờ được phân bổ (${n(p, 'flags')}).`,
  'cluster-rank-missing': (p: P) => `Chưa có kết quả xếp hạng trong cụm, khối thi đua năm ${n(p, 'year')}.`,
  // sector medal
  'sector-years-met': (p: P) =>
    `Công tác trong ngành từ ${dateVi(s(p, 'since'))}: ${n(p, 'years')} năm (đã trừ ${n(p, 'excludedMonths')} tháng bị kỷ luật), đủ ${n(p, 'required')} năm.`,
  'sector-years-not-met': (p: P) =>
    `Công tác trong ngành từ ${dateVi(s(p, 'since'))}: ${n(p, 'years')} năm (đã trừ ${n(p, 'excludedMonths')} tháng bị kỷ luật), chưa đủ ${n(p, 'required')} năm.`,
  'sector-years-unknown': (p: P) =>
    `Chưa có ${s(p, 'missing') === 'gender' ? 'giới tính' : 'ngày bắt đầu công tác trong ngành'} để tính thời gian công tác.`,
  'not-yet-received': (p: P) => `Chưa được tặng ${t(p, 'award')}.`,
  'already-received': (p: P) =>
    `Đã được tặng ${t(p, 'award')} năm ${n(p, 'year')}; hình thức này chỉ tặng một lần.`,
  // council-only criteria (never change the status)
  'council-spirit': () =>
    `Tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua; đạo đức, lối sống — do Hội đồng xem xét.`,
  'council-outstanding': (p: P) =>
    `Tiêu biểu xuất sắc trong số những người đủ điều kiện ${t(p, 'title')} — do Hội đồng bình xét.`,
  'council-vote': (p: P) => `${s(p, 'threshold')} — Hội đồng biểu quyết.`,
  'council-movement-achievement': () =>
    `Thành tích xuất sắc được bình xét trong phong trào thi đua — do Hội đồng đánh giá.`,
  'council-many-achievements': () =>
    `Lập được nhiều thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ngành, tỉnh — do Hội đồng đánh giá.`,
  'council-sudden-achievement': () => `Lập được thành tích đột xuất — do Hội đồng đánh giá.`,
  'council-emulation-movement': () =>
    `Có phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách — do Hội đồng đánh giá.`,
  'council-exceeds-targets': () =>
    `Hoàn thành vượt mức các chỉ tiêu, nhiệm vụ; là tập thể tiêu biểu xuất sắc; đi đầu thực hành tiết kiệm, chống lãng phí, chống tham nhũng — do Hội đồng đánh giá.`,
  'council-cong-hien': () =>
    `Khen thưởng quá trình cống hiến theo bảng chức vụ × số năm giữ chức vụ — do Hội đồng đối chiếu hồ sơ.`,
  'council-initiative-scope': (p: P) =>
    `Hiệu quả, khả năng nhân rộng và phạm vi ảnh hưởng ${sc(p, 'scope')} của sáng kiến do người đứng đầu công nhận.`,
  'council-local-standard': () =>
    `Tiêu chuẩn chi tiết do bộ, ngành, tỉnh quy định — đối chiếu quy định của địa phương.`,
  // publicity (A-PUB-1, B-PUB-1)
  'publicity-not-required': (p: P) =>
    `${t(p, 'target')}: không bắt buộc công khai trên phương tiện thông tin của bộ, tỉnh trước khi Hội đồng họp.`,
  'publicity-missing': (p: P) =>
    `Chưa công khai danh sách đề nghị ${t(p, 'target')} trên phương tiện thông tin của bộ, tỉnh trước khi Hội đồng họp ngày ${dateVi(s(p, 'meeting'))}.`,
  'publicity-after-meeting': (p: P) =>
    `Công khai từ ngày ${dateVi(s(p, 'from'))}, không trước ngày Hội đồng họp ${dateVi(s(p, 'meeting'))}.`,
  'publicity-consulted': (p: P) =>
    `Đã lấy ý kiến công khai từ ngày ${dateVi(s(p, 'from'))}, trước ngày Hội đồng họp ${dateVi(s(p, 'meeting'))}.`,
  'publicity-sufficient': (p: P) =>
    `Công khai từ ngày ${dateVi(s(p, 'from'))}: ${n(p, 'days')} ngày làm việc trước ngày Hội đồng họp ${dateVi(s(p, 'meeting'))} (tối thiểu ${n(p, 'required')} ngày).`,
  'publicity-too-short': (p: P) =>
    `Công khai từ ngày ${dateVi(s(p, 'from'))}: chỉ ${n(p, 'days')} ngày làm việc trước ngày Hội đồng họp ${dateVi(s(p, 'meeting'))}, cần ít nhất ${n(p, 'required')} ngày.`,
  // dossier (A-DOS-1, A-DOS-2)
  'dossier-item-missing': (p: P) => `Hồ sơ thiếu: ${s(p, 'label')} (${n(p, 'sets')} bộ).`,
  // simplified procedure (A-SIMP-1, B-SIMP-1)
  'simplified-allowed': (p: P) =>
    `Đủ điều kiện áp dụng thủ tục đơn giản (${s(p, 'regime')}): khen thưởng đột xuất, đáp ứng yêu cầu chính trị, thành tích đột xuất và rõ ràng.`,
  'appraisal-deadline': (p: P) =>
    `Hồ sơ đầy đủ ngày ${dateVi(s(p, 'completeOn'))}: thời hạn thẩm định, trình ${n(p, 'days')} ngày làm việc, đến hết ngày ${dateVi(s(p, 'due'))}.`,
  'simplified-kind-not-sudden': (p: P) =>
    `Thủ tục đơn giản chỉ áp dụng cho khen thưởng đột xuất (loại hình đề nghị: ${s(p, 'kind')}).`,
  'simplified-political-need': (p: P) =>
    `${p['value'] === true ? 'Đáp ứng' : p['value'] === false ? 'Không đáp ứng' : 'Chưa xác định'} yêu cầu chính trị, kịp thời động viên, khích lệ quần chúng.`,
  'simplified-sudden-act': (p: P) =>
    `${p['value'] === true ? 'Có' : p['value'] === false ? 'Không có' : 'Chưa xác định'} thành tích xuất sắc đột xuất trong chiến đấu, công tác, lao động, học tập.`,
  'simplified-achievement-clear': (p: P) =>
    `${p['value'] === true ? 'Thành tích rõ ràng' : p['value'] === false ? 'Thành tích chưa rõ ràng' : 'Chưa xác định thành tích có rõ ràng hay không'}.`,
} as const;

export type ReasonCode = keyof typeof MESSAGES_VI;

export const WARNINGS_VI = {
  'unverified-rule': (p: P) =>
    `Quy định ${s(p, 'rule')} chưa được kiểm chứng với văn bản gốc (mục ${s(p, 'item')} danh mục quy tắc); đang áp dụng mặc định: ${s(p, 'default')}.`,
  'regime-by-decision-date': (p: P) =>
    `Thành tích năm ${n(p, 'year')} được xét ngày ${dateVi(s(p, 'evaluatedOn'))} nên áp dụng ${s(p, 'regime')} (quy tắc R-REG-1, mức tin cậy trung bình).`,
  'not-registered': (p: P) =>
    `Không đăng ký thi đua năm ${n(p, 'year')}; đăng ký không còn là căn cứ xét tặng danh hiệu (Điều 7 Luật TĐKT 2022) — chỉ cảnh báo.`,
  'registration-unknown': (p: P) => `Chưa có thông tin đăng ký thi đua năm ${n(p, 'year')} — chỉ cảnh báo.`,
  'rating-inconsistent-with-discipline': (p: P) =>
    `Bị kỷ luật ${d(p, 'level')} năm ${n(p, 'year')} nhưng xếp loại ${r(p, 'rating')}; người bị kỷ luật trong năm phải xếp loại Không hoàn thành nhiệm vụ (khoản 5 Điều 2 NĐ 90/2020/NĐ-CP).`,
  'transfer-comments-needed': (p: P) =>
    `Chuyển công tác từ ${s(p, 'from')} sau ${n(p, 'months')} tháng: cần ý kiến nhận xét bằng văn bản của đơn vị cũ.`,
  'publicity-required': (p: P) =>
    `Phải công khai danh sách đề nghị trên phương tiện thông tin của bộ, tỉnh${n(p, 'days') ? ` ít nhất ${n(p, 'days')} ngày làm việc` : ''} trước khi Hội đồng họp.`,
  'secret-ballot-required': (p: P) => `Hội đồng bỏ phiếu kín; ${s(p, 'threshold')}.`,
  'member-not-in-input': (p: P) =>
    `Không có dữ liệu của ${n(p, 'count')} thành viên (ví dụ ${s(p, 'member')}); các thành viên này được tính là chưa xác định.`,
  'one-state-form-per-year': () =>
    `Mỗi năm chỉ đề nghị một hình thức khen thưởng cấp Nhà nước cho một cá nhân (thực tiễn áp dụng).`,
  'chuyen-de-not-counted': (p: P) =>
    `${t(p, 'award')} năm ${n(p, 'year')} là khen thưởng theo đợt/chuyên đề, không tính làm điều kiện.`,
  'member-serious-discipline': (p: P) =>
    `Cá nhân ${s(p, 'member')} bị kỷ luật ${d(p, 'actual')} (từ ${d(p, 'level')} trở lên) trong năm ${n(p, 'year')}.`,
  'annulled-not-counted': (p: P) => `${t(p, 'award')} năm ${n(p, 'year')} đã bị huỷ bỏ, không được tính.`,
  'discipline-counted-in-violation-year': (p: P) =>
    `Quyết định kỷ luật ${d(p, 'level')} năm ${n(p, 'year')} là cho vi phạm năm ${n(p, 'violationYear')}, đã được dùng để xếp loại Không hoàn thành nhiệm vụ năm ${n(p, 'violationYear')}; không tính lại vào năm ${n(p, 'year')} (theo tinh thần NĐ 48/2023/NĐ-CP, mức tin cậy trung bình).`,
  'publicity-practice': (p: P) =>
    `Công khai danh sách ${t(p, 'target')} là thực tiễn (Bộ Công Thương), chưa kiểm chứng là quy định bắt buộc.`,
  'appraisal-days-unverified': (p: P) =>
    `Thời hạn thẩm định ${n(p, 'days')} ngày làm việc theo ${s(p, 'regime')} chưa được kiểm chứng với văn bản gốc (mục U8); đang áp dụng mặc định.`,
  'simplified-medium-confidence': () =>
    `Các trường hợp áp dụng thủ tục đơn giản theo Luật TĐKT 2022 được hiểu là giữ nguyên như trước (mức tin cậy trung bình).`,
} as const;

export type WarningCode = keyof typeof WARNINGS_VI;

export function reasonText(code: ReasonCode, params: ReasonParams): string {
  return MESSAGES_VI[code](params);
}

export function warningText(code: WarningCode, params: ReasonParams): string {
  return WARNINGS_VI[code](params);
}
