import { ArrowRightIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { hrefFor } from '../routes';
import { EnvelopeDiagram } from './envelope-diagram';

interface Feature {
  title: string;
  text: string;
}

interface AvailableFeature extends Feature {
  path: Parameters<typeof hrefFor>[0];
  link: string;
}

const AVAILABLE: readonly AvailableFeature[] = [
  {
    path: '/engine',
    link: 'Open the Engine page',
    title: 'Engine',
    text: 'Create a key in the Region you choose, encrypt and decrypt text with an encryption context, disable the key to watch Decrypt fail, and read each call\u2019s CloudTrail record and the HSM that served it. The HSM runs in a Web Worker; your keys survive a reload.',
  },
  {
    path: '/flows',
    link: 'Watch a flow',
    title: 'Envelope encryption, step by step',
    text: 'Run GenerateDataKey, Encrypt, Decrypt or ReEncrypt for real and step through every hop the engine reported: the plaintext data key arriving, doing its job and being wiped, the encrypted key stored beside the data.',
  },
  {
    path: '/files',
    link: 'Encrypt a file',
    title: 'Encrypt your own files',
    text: 'Encrypt any file with a fresh data key in frames of AES-256-GCM, download the package, open it again, and see tampering caught frame by frame.',
  },
  {
    path: '/cluster',
    link: 'Open the cluster view',
    title: 'Availability Zones and quotas',
    text: 'Take Availability Zones down, destroy a replica, lower the request quota, and see what still works and why: reads need one AZ, changes need two, and throttling starts at the quota.',
  },
];

// Only what exists is a link. Everything else is labelled "Coming soon" in words, not colour alone.
const COMING_SOON: readonly Feature[] = [
  {
    title: 'Keys, CloudTrail and the aws terminal',
    text: 'Manage keys the way the AWS console does, search the CloudTrail event history, and type the aws kms commands from your course material into a terminal.',
  },
  {
    title: 'Lessons and exam practice',
    text: 'Short lessons checked against the live simulator, and CSAA-style questions that explain why every option is right or wrong.',
  },
];

export function HomePage() {
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-title">
        <div className="hero__text">
          <p className="hero__eyebrow">AWS KMS training simulator</p>
          <PageHeading id="home-title" className="hero__title">
            Learn AWS KMS by using it
          </PageHeading>
          <p className="hero__lead">
            KMS Lab runs a working model of AWS Key Management Service in this browser tab, on the
            browser&rsquo;s own cryptography. Every key, ciphertext and log entry comes from that engine,
            not from a recording.
          </p>
          <p className="hero__lead">
            Made for people preparing for the AWS Certified Solutions Architect – Associate (CSAA) exam,
            and for anyone curious about what happens when an application asks KMS for a data key.
          </p>
          <div className="hero__actions">
            <a className="button button--primary" href={hrefFor('/engine')}>
              Open the Engine
              <ArrowRightIcon />
            </a>
          </div>
          <ul className="hero__facts">
            <li>No AWS account needed</li>
            <li>Nothing leaves this tab</li>
            <li>Free to use</li>
          </ul>
        </div>
        <div className="hero__art">
          <EnvelopeDiagram />
        </div>
      </section>

      <section className="features" aria-labelledby="features-title">
        <h2 id="features-title">What you can do here</h2>
        <ul className="card-grid">
          {AVAILABLE.map((feature) => (
            <li key={feature.title} className="card card--available">
              <p className="badge badge--available">Available now</p>
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
              <a className="card__link" href={hrefFor(feature.path)}>
                {feature.link}
                <ArrowRightIcon />
              </a>
            </li>
          ))}
          {COMING_SOON.map((feature) => (
            <li key={feature.title} className="card card--soon">
              <p className="badge badge--soon">Coming soon</p>
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
