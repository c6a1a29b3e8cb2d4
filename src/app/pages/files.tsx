import { lazy, Suspense } from 'react';
import { PageHeading } from '../../components/page-heading';
import { useEngineStore } from '../engine-provider';
import { useShell } from '../providers';

// Loaded with this page: the file lab and the flow diagram it draws the file's journey on.
const FileLab = lazy(() => import('../../features/file-envelope/file-lab'));

export function FilesPage() {
  const region = useShell((state) => state.region);
  const store = useEngineStore();
  return (
    <div className="page files-page">
      <PageHeading>Encrypt a file with a data key</PageHeading>
      <p className="page-lead">
        Pick any file from your computer. KMS Lab asks KMS for one data key, encrypts the file with it right here in frames of
        AES-256-GCM, wipes the plaintext key, and packs the encrypted key beside the data. Nothing leaves this tab. Open a package
        again to decrypt it, or damage one to watch it refuse.
      </p>
      <Suspense fallback={<p className="page-loading">Loading the file lab…</p>}>
        <FileLab store={store} region={region} />
      </Suspense>
    </div>
  );
}
