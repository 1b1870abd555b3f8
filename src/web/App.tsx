import { MantineProvider } from '@mantine/core';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { ApiProvider, type AppClients } from './api/context.js';
import { cssVariablesResolver, theme } from './theme.js';

type Router = ReturnType<typeof createBrowserRouter>;

/** Providers around the router; main.tsx gives a browser router, tests a memory router. */
export function App({ clients, router }: { clients: AppClients; router: Router }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApiProvider clients={clients}>
        <RouterProvider router={router} />
      </ApiProvider>
    </MantineProvider>
  );
}
