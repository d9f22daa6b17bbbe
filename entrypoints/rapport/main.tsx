import { createRoot } from 'react-dom/client';
import { browserDossiersDeps } from '../../components/dossiers/data';
import { ReportPage } from '../../components/report/ReportPage';
import './style.css';

const dossierKey = new URLSearchParams(location.search).get('dossier') ?? '';
createRoot(document.getElementById('root')!).render(
  <ReportPage deps={browserDossiersDeps} dossierKey={dossierKey} />,
);
