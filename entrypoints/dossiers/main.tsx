import { createRoot } from 'react-dom/client';
import { browserDossiersDeps } from '../../components/dossiers/data';
import { DossiersPage } from '../../components/dossiers/DossiersPage';
import './style.css';

createRoot(document.getElementById('root')!).render(<DossiersPage deps={browserDossiersDeps} />);
