import { createRoot } from 'react-dom/client';
import { browserDeps } from '../../components/panel/browser-deps';
import { Panel } from '../../components/panel/Panel';
import { createPanelStore } from '../../components/panel/store';
import './style.css';

const store = createPanelStore(browserDeps(location.search));
createRoot(document.getElementById('root')!).render(<Panel store={store} />);
