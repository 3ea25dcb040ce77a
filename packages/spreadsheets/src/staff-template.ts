// The downloadable staff template: headers, one example row, drop-down lists for the coded columns,
// and a sheet of instructions.
import ExcelJS from 'exceljs';
import { STAFF_COLUMNS, columnLetter } from './staff-columns.ts';

export async function buildStaffTemplate(opts: {
  unitNames: string[];
  agencyName?: string;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const ws = wb.addWorksheet('Danh sách cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = STAFF_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  ws.addRow({
    code: 'CB0001',
    fullName: 'Nguyễn Thị Hằng',
    gender: 'Nữ',
    birthDate: new Date(Date.UTC(1985, 3, 12)),
    unit: opts.unitNames[0] ?? 'Văn phòng',
    category: 'Công chức',
    position: 'Chuyên viên',
    isLeader: 'Không',
    startDate: new Date(Date.UTC(2010, 8, 1)),
    partyMember: 'Có',
    email: 'hang.nt@example.gov.vn',
    phone: '0912345678',
  });

  // Lists live on a hidden sheet so long unit names do not hit Excel's 255-character inline-list limit.
  const lists = wb.addWorksheet('Danh mục', { state: 'veryHidden' });
  const units = opts.unitNames.length ? opts.unitNames : ['Văn phòng'];
  units.forEach((u, i) => (lists.getCell(i + 1, 1).value = u));
  const col = (key: string): string => columnLetter(STAFF_COLUMNS.findIndex((c) => c.key === key) + 1);
  const maxRow = 2000;
  const rule = (key: string, formulae: string[], title: string): void => {
    const letter = col(key);
    for (let r = 2; r <= maxRow; r++) {
      ws.getCell(`${letter}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae,
        showErrorMessage: true,
        errorTitle: title,
        error: `Hãy chọn một giá trị trong danh sách (${title}).`,
      };
    }
  };
  rule('gender', ['"Nam,Nữ"'], 'Giới tính');
  rule('category', ['"Công chức,Viên chức,Hợp đồng"'], 'Loại');
  rule('isLeader', ['"Có,Không"'], 'Lãnh đạo');
  rule('partyMember', ['"Có,Không"'], 'Đảng viên');
  rule('unit', [`'Danh mục'!$A$1:$A$${units.length}`], 'Đơn vị');
  for (const key of ['birthDate', 'startDate']) ws.getColumn(col(key)).numFmt = 'dd/mm/yyyy';

  const help = wb.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  [
    `Mẫu nhập danh sách cán bộ${opts.agencyName ? ` — ${opts.agencyName}` : ''}`,
    'Mỗi dòng một người, bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề. Dòng ví dụ có thể sửa hoặc xoá.',
    'Bắt buộc: Mã cán bộ, Họ và tên, Giới tính (Nam/Nữ), Đơn vị (mã hoặc tên đơn vị), Loại (Công chức/Viên chức/Hợp đồng).',
    'Ngày nhập kiểu ngày của Excel hoặc dạng dd/mm/yyyy, ví dụ 05/07/1990.',
    'Mã cán bộ đã có trong hệ thống: thông tin của người đó được cập nhật; mã mới: thêm người mới.',
    'Nếu có dòng sai, hệ thống báo từng dòng và cột sai và KHÔNG ghi dòng nào; sửa tệp rồi nhập lại.',
  ].forEach((t, i) => {
    const c = help.getCell(i + 1, 1);
    c.value = t;
    if (i === 0) c.font = { bold: true, size: 13 };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
