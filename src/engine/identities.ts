// The simulated IAM identities that can call KMS in the simulated account. Policies that tell them
// apart come with the access-control issue; today they differ in name, access key and trail records.

export interface Identity {
  arn: string;
  type: 'IAMUser' | 'AssumedRole' | 'Root';
  userName: string;
  principalId: string;
  accessKeyId: string;
  description: string;
}

export function defaultIdentities(accountId: string): Identity[] {
  return [
    {
      arn: `arn:aws:iam::${accountId}:user/Admin`,
      type: 'IAMUser',
      userName: 'Admin',
      principalId: 'AIDAKMSLABADMIN00001',
      accessKeyId: 'AKIAKMSLABADMIN00001',
      description: 'Key administrator with full access.',
    },
    {
      arn: `arn:aws:iam::${accountId}:user/Alice`,
      type: 'IAMUser',
      userName: 'Alice',
      principalId: 'AIDAKMSLABALICE00002',
      accessKeyId: 'AKIAKMSLABALICE00002',
      description: 'Application developer who encrypts and decrypts data.',
    },
    {
      arn: `arn:aws:iam::${accountId}:user/Bob`,
      type: 'IAMUser',
      userName: 'Bob',
      principalId: 'AIDAKMSLABBOB0000003',
      accessKeyId: 'AKIAKMSLABBOB0000003',
      description: 'Auditor who reads CloudTrail.',
    },
    {
      arn: `arn:aws:sts::${accountId}:assumed-role/AppRole/app-session`,
      type: 'AssumedRole',
      userName: 'AppRole',
      principalId: 'AROAKMSLABAPPROLE004:app-session',
      accessKeyId: 'ASIAKMSLABAPPROLE004',
      description: 'An application running under an IAM role.',
    },
  ];
}
