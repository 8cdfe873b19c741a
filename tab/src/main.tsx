import { createRoot } from 'react-dom/client';
import { App } from './app';

/** Entry point of the tab bundle (tab/dist/main.js). */
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
