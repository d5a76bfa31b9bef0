/**
 * The page's entry: the first view's styles (so index.html's pre-rendered picture is styled by its one stylesheet),
 * then the app itself, loaded once the picture has been painted (see src/prerender/README.md).
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './styles.css';
import './features/map/map.css';
import './shared/export/exportButton.css';
import './features/present/present.css';
import { afterFirstPaint } from './prerender/afterFirstPaint';

afterFirstPaint(() => import('./boot'));
