import { CatalogNotFound } from '../../../catalog/CatalogNotices';
import '../../../catalog/catalog.css';

export default function PerfumeNotFound() {
  return <CatalogNotFound page="perfumePage" />;
}
