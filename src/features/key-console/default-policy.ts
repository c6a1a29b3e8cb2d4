// The key policy the create-key wizard previews. The console sends CreateKey without a Policy, so KMS
// attaches its default key policy; this builds the same text (byte for byte, as GetKeyPolicy returns
// it: two-space indent, a space before each colon) so that the preview is what the key will get. A
// test creates a key on the engine and compares.

export function defaultKeyPolicyText(accountId: string): string {
  return `{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:aws:iam::${accountId}:root"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}`;
}
