import { createRoot } from 'react-dom/client';
import { Panel } from '../../components/panel/Panel';
import './style.css';

createRoot(document.getElementById('root')!).render(<Panel />);
