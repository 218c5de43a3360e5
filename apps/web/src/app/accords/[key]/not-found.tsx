import { CatalogNotFound } from '../../../catalog/CatalogNotices';
import '../../../catalog/catalog.css';

export default function AccordNotFound() {
  return <CatalogNotFound page="accordPage" />;
}
