import { CatalogNotFound } from '../../../catalog/CatalogNotices';
import '../../../catalog/catalog.css';

export default function NoteNotFound() {
  return <CatalogNotFound page="notePage" />;
}
