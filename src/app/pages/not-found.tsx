import { PageHeading } from '../../components/page-heading';
import { hrefFor, NOT_FOUND } from '../routes';

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <PageHeading>{NOT_FOUND.heading}</PageHeading>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <a href={hrefFor('/')}>Go to the KMS Lab home page</a>
      </p>
    </div>
  );
}
