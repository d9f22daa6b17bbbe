import { createRoot } from 'react-dom/client';
import { OptionsPage } from '../../components/options/OptionsPage';
import './style.css';

createRoot(document.getElementById('root')!).render(<OptionsPage />);
