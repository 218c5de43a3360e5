import { CatalogNotFound } from '../../../catalog/CatalogNotices';
import '../../../catalog/catalog.css';

export default function BrandNotFound() {
  return <CatalogNotFound page="brandPage" />;
}
