// Regime A: every title and form, one file each (style rule 2).
import type { RuleSet } from '../../rule.ts';
import { bangKhenCapTinh } from './titles/bang-khen-cap-tinh.ts';
import { bangKhenThuTuong } from './titles/bang-khen-thu-tuong.ts';
import { chienSiThiDuaCapTinh } from './titles/chien-si-thi-dua-cap-tinh.ts';
import { chienSiThiDuaCoSo } from './titles/chien-si-thi-dua-co-so.ts';
import { chienSiThiDuaToanQuoc } from './titles/chien-si-thi-dua-toan-quoc.ts';
import { coThiDuaCapTinh } from './titles/co-thi-dua-cap-tinh.ts';
import { coThiDuaChinhPhu } from './titles/co-thi-dua-chinh-phu.ts';
import { giayKhen } from './titles/giay-khen.ts';
import { huanChuongLaoDongHangBa } from './titles/huan-chuong-lao-dong-hang-ba.ts';
import { huanChuongLaoDongHangNhat } from './titles/huan-chuong-lao-dong-hang-nhat.ts';
import { huanChuongLaoDongHangNhi } from './titles/huan-chuong-lao-dong-hang-nhi.ts';
import { kyNiemChuongCongThuong } from './titles/ky-niem-chuong-cong-thuong.ts';
import { laoDongTienTien } from './titles/lao-dong-tien-tien.ts';
import { tapTheLaoDongTienTien } from './titles/tap-the-lao-dong-tien-tien.ts';
import { tapTheLaoDongXuatSac } from './titles/tap-the-lao-dong-xuat-sac.ts';

export const REGIME_A_RULES: RuleSet = {
  'lao-dong-tien-tien': laoDongTienTien,
  'chien-si-thi-dua-co-so': chienSiThiDuaCoSo,
  'chien-si-thi-dua-cap-tinh': chienSiThiDuaCapTinh,
  'chien-si-thi-dua-toan-quoc': chienSiThiDuaToanQuoc,
  'tap-the-lao-dong-tien-tien': tapTheLaoDongTienTien,
  'tap-the-lao-dong-xuat-sac': tapTheLaoDongXuatSac,
  'co-thi-dua-cap-tinh': coThiDuaCapTinh,
  'co-thi-dua-chinh-phu': coThiDuaChinhPhu,
  'giay-khen': giayKhen,
  'bang-khen-cap-tinh': bangKhenCapTinh,
  'bang-khen-thu-tuong': bangKhenThuTuong,
  'huan-chuong-lao-dong-hang-ba': huanChuongLaoDongHangBa,
  'huan-chuong-lao-dong-hang-nhi': huanChuongLaoDongHangNhi,
  'huan-chuong-lao-dong-hang-nhat': huanChuongLaoDongHangNhat,
  'ky-niem-chuong-cong-thuong': kyNiemChuongCongThuong,
};
