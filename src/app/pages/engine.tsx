import { PageHeading } from '../../components/page-heading';

// A placeholder: the engine panel replaces this body when the engine lands.
export function EnginePage() {
  return (
    <div className="page page--narrow">
      <PageHeading>Engine</PageHeading>
      <p>
        The engine panel arrives with the engine. It will show the KMS engine running in this tab: its
        Regions, its keys, and each request as it passes through validation, authorization, the HSM and
        CloudTrail.
      </p>
    </div>
  );
}
