import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense } from 'react';
import { RouterProvider } from 'react-router';
import { PageLoading } from '../components/PageLoading.js';
import { AuthProvider } from './AuthProvider.js';
import { router } from './router.js';
import { theme } from './theme.js';

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntdApp>
        <AuthProvider>
          <Suspense fallback={<PageLoading />}>
            <RouterProvider router={router} />
          </Suspense>
        </AuthProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
