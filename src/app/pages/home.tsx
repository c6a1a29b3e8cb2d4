import { ArrowRightIcon } from '../../components/icons';
import { PageHeading } from '../../components/page-heading';
import { hrefFor } from '../routes';
import { EnvelopeDiagram } from './envelope-diagram';

interface Feature {
  path: Parameters<typeof hrefFor>[0];
  link: string;
  title: string;
  text: string;
}

// In the order a learner meets them: learn, do, look inside, practise, share.
const FEATURES: readonly Feature[] = [
  {
    path: '/learn',
    link: 'Start a lesson',
    title: 'Lessons',
    text: 'Twelve short lessons, from what KMS is for to envelope encryption end to end. Act anywhere in the simulator; each step ticks when the live engine and its CloudTrail show you did it.',
  },
  {
    path: '/keys',
    link: 'Open the key console',
    title: 'Key console',
    text: 'Create keys with a wizard like AWS’s, edit key policies, turn on rotation, add aliases and tags, disable, enable and schedule deletion, and try encryption on each key.',
  },
  {
    path: '/terminal',
    link: 'Open the terminal',
    title: 'The aws terminal',
    text: 'Type the aws kms commands from your course material as written, with fileb:// files, --query and the CLI’s own output and error lines.',
  },
  {
    path: '/trail',
    link: 'Read the event history',
    title: 'CloudTrail event history',
    text: 'See who used which key, when and for what: filter by event name or user, open any record’s JSON, download log files and catch a tampered record.',
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
  {
    path: '/quiz',
    link: 'Practise for the exam',
    title: 'CSAA practice questions',
    text: 'Practice or timed exam mode over 78 questions that explain every option, plus tasks you answer by acting in the simulator.',
  },
  {
    path: '/engine',
    link: 'Open the Engine page',
    title: 'Engine',
    text: 'The engine at work: each call’s CloudTrail record and the HSM that served it. The HSM runs in a Web Worker, and key material never leaves it.',
  },
  {
    path: '/embed',
    link: 'Embed a quiz',
    title: 'For course authors',
    text: 'Put a KMS quiz on your own course page with one script tag, and receive each learner’s answers and score as xAPI statements.',
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
            <a className="button button--primary" href={hrefFor('/learn')}>
              Start the first lesson
              <ArrowRightIcon />
            </a>
            <a className="button button--secondary" href={hrefFor('/keys')}>
              Open the key console
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
          {FEATURES.map((feature) => (
            <li key={feature.title} className="card">
              <h3>{feature.title}</h3>
              <p>{feature.text}</p>
              <a className="card__link" href={hrefFor(feature.path)}>
                {feature.link}
                <ArrowRightIcon />
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
