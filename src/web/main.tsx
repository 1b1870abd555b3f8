import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createAppClients } from './api/context.js';
import { App } from './App.js';
import { routes } from './routes.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App clients={createAppClients()} router={createBrowserRouter(routes)} />
    </StrictMode>,
  );
}
