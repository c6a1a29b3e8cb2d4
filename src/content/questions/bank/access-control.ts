// Key policies, IAM policies and grants, and using a key from another account.

import { DOCS } from '../references';
import type { Question } from '../types';

export const accessControl: Question[] = [
  {
    id: 'primary-access-control-for-keys',
    type: 'single',
    stem: 'A new security engineer asks which mechanism is the primary way to control access to an AWS KMS key. What is the answer?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'IAM identity policies alone',
        correct: false,
        explanation: 'IAM policies that allow KMS actions have no effect unless the key policy enables IAM policies for the account.',
      },
      {
        id: 'b',
        text: 'The key policy attached to the KMS key',
        correct: true,
        explanation: 'Every KMS key has exactly one key policy, and no principal can use the key unless a key policy, or an IAM policy or grant that the key policy makes effective, allows it.',
      },
      {
        id: 'c',
        text: 'The S3 bucket policy of the bucket whose objects the key encrypts',
        correct: false,
        explanation: 'A bucket policy governs S3 actions. Access to the KMS key is decided by KMS, starting with its key policy.',
      },
      {
        id: 'd',
        text: 'Security groups on the KMS endpoint',
        correct: false,
        explanation: 'Security groups filter network traffic (for example to a VPC endpoint); they do not authorize KMS operations on a key.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'easy',
    seedClaims: ['S7'],
    references: [DOCS.keyPolicies],
    explanation: 'Start every KMS access question from the key policy; IAM policies and grants work only as far as it lets them.',
  },
  {
    id: 'iam-policy-ignored-without-key-policy-delegation',
    type: 'single',
    stem:
      'An administrator attaches an IAM policy that allows `kms:Decrypt` on a specific key ARN to an application role, but the role\'s `Decrypt` calls fail with `AccessDeniedException`. ' +
      'The key was created with a custom key policy whose only statement gives a key-administrator role full access. What is the cause?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'IAM policy changes take up to five minutes to reach KMS; the role should retry later.',
        correct: false,
        explanation: 'The failure is permanent because the key policy does not enable IAM policies; waiting or retrying will not change that.',
      },
      {
        id: 'b',
        text: 'IAM policies for KMS must use `"Resource": "*"` rather than a key ARN.',
        correct: false,
        explanation: 'Naming the key ARN is the recommended least-privilege form and works whenever the key policy enables IAM policies.',
      },
      {
        id: 'c',
        text: 'The key policy does not allow the account (the `arn:aws:iam::111122223333:root` principal), so IAM policies have no effect on this key. Add that statement or name the application role in the key policy.',
        correct: true,
        explanation: 'IAM policies grant access to a KMS key only if the key policy enables them, which the default key policy does with the account principal.',
      },
      {
        id: 'd',
        text: 'Decrypt can be authorized only by a grant, never by a policy.',
        correct: false,
        explanation: 'Key policies, IAM policies (when enabled) and grants can all allow Decrypt.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'medium',
    seedClaims: ['S7'],
    references: [DOCS.keyPolicies, DOCS.defaultKeyPolicy],
    explanation: 'Without the key policy statement for the account principal, IAM policies cannot grant access to the key.',
  },
  {
    id: 'temporary-access-with-grant',
    type: 'multiple',
    stem:
      'A nightly batch job runs as an AWS Lambda function. For one run, its role needs permission to decrypt with a specific customer managed key, and the permission must be removed afterwards ' +
      'without editing the key policy or any IAM policy. The function must be able to use the permission as soon as it is created. Which TWO actions meet these requirements? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Pass the grant token returned by `CreateGrant` in the function\'s `Decrypt` requests.',
        correct: true,
        explanation: 'A new grant can take a short time to be known throughout KMS; presenting its grant token makes the permission usable immediately.',
      },
      {
        id: 'b',
        text: 'Call `CreateGrant` on the key with the `Decrypt` operation and the function\'s role as the grantee principal, then retire or revoke the grant after the run.',
        correct: true,
        explanation: 'Grants are the KMS tool for temporary, delegated permissions on one key, created and removed without touching policies.',
      },
      {
        id: 'c',
        text: 'Create the grant on the AWS managed key `aws/lambda` instead.',
        correct: false,
        explanation: 'The data is encrypted under the customer managed key; a permission on another key would not help decrypt it.',
      },
      {
        id: 'd',
        text: 'Add a Deny for all other operations to the grant.',
        correct: false,
        explanation: 'A grant can only allow access; it cannot deny. Limit a grant by listing only the operations it allows and, if needed, encryption context constraints.',
      },
      {
        id: 'e',
        text: 'Set `PendingWindowInDays` on the grant so that it expires after the run.',
        correct: false,
        explanation: '`PendingWindowInDays` belongs to key deletion. Grants have no expiry setting; you retire or revoke them.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'medium',
    seedClaims: ['S7'],
    references: [DOCS.grants, DOCS.grantToken],
    explanation: 'Grants give allow-only, per-key, temporary permissions; use the grant token until the grant is consistent everywhere.',
  },
  {
    id: 'restrict-key-to-s3-via-service',
    type: 'single',
    stem:
      'A data platform team wants its customer managed key to be usable by the analysts\' roles only when Amazon S3 calls KMS on their behalf for SSE-KMS objects, never by direct KMS API calls from the roles. ' +
      'How should the key policy express this?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Allow the roles with a condition on `kms:CallerAccount` equal to the account ID.',
        correct: false,
        explanation: 'This limits which account may call, not which service. Direct API calls from the roles would still be allowed.',
      },
      {
        id: 'b',
        text: 'Enable S3 Bucket Keys on the bucket.',
        correct: false,
        explanation: 'Bucket Keys reduce the number of KMS requests and their cost; they do not restrict who can call KMS directly.',
      },
      {
        id: 'c',
        text: 'Attach a service control policy that denies `kms:*` to the analysts\' roles.',
        correct: false,
        explanation: 'That would also deny the requests S3 makes on the roles\' behalf, so SSE-KMS reads and writes would fail.',
      },
      {
        id: 'd',
        text: 'Allow the roles to use the key with a condition on `kms:ViaService` equal to `s3.<region>.amazonaws.com`.',
        correct: true,
        explanation: '`kms:ViaService` is true only when an integrated AWS service makes the request on the principal\'s behalf, so direct calls from the roles do not match.',
      },
    ],
    topics: ['key-policies-iam-grants', 's3-encryption'],
    difficulty: 'hard',
    seedClaims: ['S7', 'S19'],
    references: [DOCS.conditionKeys, DOCS.policyConditions],
    explanation: 'kms:ViaService restricts key use to requests made through a named AWS service.',
  },
  {
    id: 'separate-key-admins-and-users',
    type: 'multiple',
    stem:
      'A company wants separation of duties for a customer managed key: the security team\'s role must manage the key but not use it to encrypt or decrypt, ' +
      'and the application role must use the key but not manage it. Which TWO key policy statements meet this? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'Allow the application role `kms:Encrypt`, `kms:Decrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*` and `kms:DescribeKey`.',
        correct: true,
        explanation: 'These are the key-user actions of the console\'s default policy: use, but no management.',
      },
      {
        id: 'b',
        text: 'Allow the security role `kms:*`.',
        correct: false,
        explanation: '`kms:*` includes Encrypt and Decrypt, so the security team could read data, which breaks the separation of duties.',
      },
      {
        id: 'c',
        text: 'Allow the security role `kms:Create*`, `kms:Describe*`, `kms:Enable*`, `kms:List*`, `kms:Put*`, `kms:Update*`, `kms:Revoke*`, `kms:Disable*`, `kms:Get*`, `kms:Delete*`, `kms:TagResource`, `kms:UntagResource`, `kms:ScheduleKeyDeletion` and `kms:CancelKeyDeletion`.',
        correct: true,
        explanation: 'These are the key-administrator actions of the console\'s default policy, and none of them is a cryptographic operation. Administrators who can change the policy could still grant themselves more, so review such changes in CloudTrail.',
      },
      {
        id: 'd',
        text: 'Allow the application role `kms:*`.',
        correct: false,
        explanation: 'That would let the application disable, delete or re-police the key.',
      },
      {
        id: 'e',
        text: 'Allow the principal `"*"` to call `kms:Decrypt`.',
        correct: false,
        explanation: 'A wildcard principal without conditions opens the key to anyone who can reach it, the opposite of least privilege.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'medium',
    seedClaims: ['S7', 'S16'],
    references: [DOCS.defaultKeyPolicy, DOCS.keyPolicies],
    explanation: 'Key administrators manage, key users use: write separate key policy statements for each.',
  },
  {
    id: 'cross-account-decrypt-needs-both-policies',
    type: 'single',
    stem:
      'Account A (111122223333) owns a customer managed key. A role in account B (444455556666) must decrypt data encrypted under it. What is required?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Only a key policy statement in account A that allows the account B root principal.',
        correct: false,
        explanation: 'That lets account B delegate access, but account B\'s administrators must still give the role permission with an IAM policy.',
      },
      {
        id: 'b',
        text: 'The key policy in account A must allow account B (or the role), and an IAM policy in account B must allow the role to call `kms:Decrypt` on the key\'s ARN.',
        correct: true,
        explanation: 'Cross-account use needs both: the key policy decides who may have access, and account B\'s IAM policy decides which of its principals get it.',
      },
      {
        id: 'c',
        text: 'An alias in account B that points to the key in account A.',
        correct: false,
        explanation: 'An alias can point only to a key in its own account and Region.',
      },
      {
        id: 'd',
        text: 'Only an IAM policy in account B that allows `kms:Decrypt` on the key\'s ARN.',
        correct: false,
        explanation: 'Account B cannot grant itself access to a key it does not own. Without the key policy in A, the call is denied.',
      },
    ],
    topics: ['cross-account', 'key-policies-iam-grants'],
    difficulty: 'easy',
    seedClaims: ['S7', 'S16'],
    references: [DOCS.crossAccount],
    explanation: 'Cross-account = key policy in the owner account + IAM policy in the caller account.',
  },
  {
    id: 'cross-account-call-rules',
    type: 'multiple',
    stem:
      'A platform team lets several workload accounts use a central customer managed key. Which TWO statements about calling that key from a workload account are true? (Select TWO.)',
    selectCount: 2,
    options: [
      {
        id: 'a',
        text: 'The caller must identify the key by its key ARN or an alias ARN, not by key ID or alias name.',
        correct: true,
        explanation: 'A bare key ID or alias name is resolved in the caller\'s own account, so cross-account calls need the full ARN.',
      },
      {
        id: 'b',
        text: 'A workload account can create its own alias for the central key.',
        correct: false,
        explanation: 'Aliases are created in the key\'s own account and Region; another account cannot attach one to the key.',
      },
      {
        id: 'c',
        text: 'The requests count against the request quota of the calling account, not the key owner\'s.',
        correct: false,
        explanation: 'Cross-account requests count against the quota of the account that owns the key.',
      },
      {
        id: 'd',
        text: 'Management operations such as `ScheduleKeyDeletion` fail from the other account even if the key policy allows them.',
        correct: true,
        explanation: 'Only certain operations, mostly cryptographic ones, work across accounts; granting others has no effect.',
      },
      {
        id: 'e',
        text: 'Successful cross-account operations are logged in CloudTrail only in the calling account.',
        correct: false,
        explanation: 'They are logged in both the caller\'s account and the key owner\'s account.',
      },
    ],
    topics: ['cross-account', 'quotas-throttling'],
    difficulty: 'hard',
    seedClaims: ['S7'],
    references: [DOCS.crossAccount, DOCS.requestQuotas, DOCS.cloudTrail],
    explanation: 'Cross-account: use ARNs, expect only cryptographic operations to work, and remember the owner\'s quota and CloudTrail see the calls too.',
  },
  {
    id: 'services-use-grants',
    type: 'single',
    stem:
      'An EBS volume encrypted with a customer managed key is attached to a running EC2 instance. How does the AWS service obtain permission to use the key for that volume on the user\'s behalf?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'The service uses the account root user\'s credentials.',
        correct: false,
        explanation: 'AWS services never act with your root credentials; they act through mechanisms such as grants that you can audit and revoke.',
      },
      {
        id: 'b',
        text: 'The service copies the key material into the EC2 host at launch.',
        correct: false,
        explanation: 'KMS key material never leaves KMS. Services receive data keys, not the KMS key.',
      },
      {
        id: 'c',
        text: 'The instance stores IAM access keys inside the volume.',
        correct: false,
        explanation: 'Storing credentials on the volume would be both insecure and unnecessary.',
      },
      {
        id: 'd',
        text: 'The service creates a grant on the key for the task and retires it when the task is complete.',
        correct: true,
        explanation: 'Integrated AWS services commonly use grants for this; the console\'s default key policy has a statement that lets principals create grants only for AWS resources.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'easy',
    seedClaims: ['S7', 'S1'],
    references: [DOCS.grants, DOCS.defaultKeyPolicy],
    explanation: 'AWS services typically use grants to act with your customer managed keys.',
  },
  {
    id: 'put-key-policy-lockout-check',
    type: 'single',
    stem:
      'A developer calls `PutKeyPolicy` with a new policy whose only statement lets an application role call `kms:Encrypt` and `kms:Decrypt`. The call fails with `MalformedPolicyDocumentException`. ' +
      'The JSON is valid and the role exists. Why does KMS reject the policy?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: '`PutKeyPolicy` works only on AWS managed keys.',
        correct: false,
        explanation: 'It is the other way round: you cannot change the policy of an AWS managed key, and you can change the policy of a customer managed key.',
      },
      {
        id: 'b',
        text: 'A key policy must contain at least five statements.',
        correct: false,
        explanation: 'There is no minimum statement count beyond one; the default policy created by the API has a single statement.',
      },
      {
        id: 'c',
        text: 'The policy lockout safety check: the new policy would not let the caller change the key policy again, so KMS refuses it unless `BypassPolicyLockoutSafetyCheck` is set.',
        correct: true,
        explanation: 'KMS protects you from writing a policy that leaves nobody able to manage the key. Bypassing the check is rarely appropriate.',
      },
      {
        id: 'd',
        text: 'Key policies cannot name IAM roles, only IAM users.',
        correct: false,
        explanation: 'Roles are valid principals in key policies and are the usual choice for applications.',
      },
    ],
    topics: ['key-policies-iam-grants'],
    difficulty: 'hard',
    seedClaims: ['S7'],
    references: [DOCS.keyPolicies, DOCS.defaultKeyPolicy],
    explanation: 'Keep a statement that lets administrators (or the account) manage the key whenever you replace a key policy.',
  },
  {
    id: 'iam-deny-without-key-policy',
    type: 'single',
    stem:
      'A company wants to stop its developers\' IAM group from scheduling the deletion of any KMS key in its single AWS account, including keys whose key policies do not enable IAM policies. ' +
      'The account is not part of AWS Organizations. What is the simplest way?',
    selectCount: 1,
    options: [
      {
        id: 'a',
        text: 'Attach an IAM policy to the group with an explicit Deny on `kms:ScheduleKeyDeletion` for all keys.',
        correct: true,
        explanation: 'An IAM policy can deny a KMS permission even when the key policy does not enable IAM policies; only allows need that delegation.',
      },
      {
        id: 'b',
        text: 'Nothing in IAM can do it, because IAM policies affect a key only if its key policy enables them.',
        correct: false,
        explanation: 'That rule applies to allow statements. An explicit Deny in an IAM policy always applies.',
      },
      {
        id: 'c',
        text: 'Edit every key policy to add a Deny for the developers.',
        correct: false,
        explanation: 'It works, but it must be repeated for every key, including future ones, which is not the simplest way.',
      },
      {
        id: 'd',
        text: 'Disable all keys so that they cannot be scheduled for deletion.',
        correct: false,
        explanation: 'Disabled keys can still be scheduled for deletion, and disabling them would break every workload.',
      },
    ],
    topics: ['key-policies-iam-grants', 'key-states-deletion'],
    difficulty: 'medium',
    seedClaims: ['S7'],
    references: [DOCS.keyPolicies],
    explanation: 'IAM policies need the key policy to allow; they never need it to deny.',
  },
];
