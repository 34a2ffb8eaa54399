import type { ThemeConfig } from 'antd';

/** Pomegranate red on warm neutrals: official and calm, with the brand colour kept for what matters. */
export const BRAND_RED = '#c0392b';
export const SIDER_BG = '#3b1f1c';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_RED,
    colorLink: BRAND_RED,
    colorInfo: '#2f6fb0',
    borderRadius: 6,
    colorBgLayout: '#f5f3f1',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: SIDER_BG, headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: {
      darkItemBg: SIDER_BG,
      darkSubMenuItemBg: SIDER_BG,
      darkItemSelectedBg: BRAND_RED,
      darkItemColor: 'rgba(255, 240, 236, 0.72)',
      darkItemHoverColor: '#ffffff',
    },
    Card: { headerFontSize: 16 },
  },
};
