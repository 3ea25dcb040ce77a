import type { ThemeConfig } from 'antd';

// A sober public-office look: deep blue primary, the red of official letterheads for accents, readable
// system fonts that carry every Vietnamese letter (Segoe UI on Windows, Roboto/Noto/Liberation elsewhere).
export const FONT_FAMILY =
  '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", Arial, sans-serif';
export const SERIF_FAMILY = '"Times New Roman", Times, "Liberation Serif", "Noto Serif", serif';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4e89',
    colorLink: '#1d4e89',
    colorError: '#b3261e',
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
  },
  components: {
    Layout: {
      siderBg: '#0f2f57',
      headerBg: '#ffffff',
      bodyBg: '#f3f5f8',
      headerHeight: 56,
      headerPadding: '0 20px',
    },
    Menu: {
      darkItemBg: '#0f2f57',
      darkSubMenuItemBg: '#0b2546',
      darkItemSelectedBg: '#2a67b1',
      itemHeight: 36,
    },
    Table: { cellPaddingBlockSM: 6, headerBg: '#eef2f7' },
  },
};
