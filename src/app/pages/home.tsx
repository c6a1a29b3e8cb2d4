import { ArrowRightIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { hrefFor } from '../routes';
import { EnvelopeDiagram } from './envelope-diagram';

interface Feature {
  title: string;
  text: string;
}

// Only what exists is a link. Everything else is labelled "Coming soon" in words, not colour alone.
const COMING_SOON: readonly Feature[] = [
  {
    title: 'Keys and the console',
    text: 'Create customer managed keys and aliases; enable, disable and rotate them, or schedule their deletion within the 7 to 30 day window AWS enforces.',
  },
  {
    title: 'Envelope encryption, step by step',
    text: 'Get a data key, encrypt a file with it right here, store the encrypted key beside the data and wipe the plaintext. Each step is animated from the real request.',
  },
  {
    title: 'CloudTrail and exam practice',
    text: 'Read the CloudTrail record of every call: who, when, which key, which encryption context. Then test yourself with short lessons and CSAA-style questions.',
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
          <li className="card card--available">
            <p className="badge badge--available">Available now</p>
            <h3>Engine</h3>
            <p>
              Create a key in the Region you choose, encrypt and decrypt text with an encryption context,
              disable the key to watch Decrypt fail, and read each call&rsquo;s CloudTrail record and the HSM
              that served it. The HSM runs in a Web Worker; your keys survive a reload.
            </p>
            <a className="card__link" href={hrefFor('/engine')}>
              Open the Engine page
              <ArrowRightIcon />
            </a>
          </li>
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
