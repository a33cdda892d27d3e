// The checkov findings the stack accepts, and why: written into each resource's Metadata the way
// template.yaml has them, so a checkov run over the synthesized template gives the same result.
import type { CfnResource } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

const REASONS = {
  CKV_AWS_18: 'No access logging: the bucket holds one config object, written only by `aftercare config push` and read by this stack\'s functions; CloudTrail records who wrote it.',
  CKV_AWS_26: 'Publishers here (CloudWatch alarms, SES receipt rules) cannot use the AWS-managed SNS key; messages carry ids, no buyer data.',
  CKV_AWS_27: 'SSE-SQS (SqsManagedSseEnabled) encrypts at rest; checkov recognises only KMS keys, which EventBridge and Amazon\'s notification service cannot use here.',
  CKV_AWS_115: 'No reserved concurrency: it would take capacity from the account\'s unreserved pool; schedules, queue mappings\' MaximumConcurrency and the API\'s throttling bound the copies.',
  CKV_AWS_116: 'Failures go to an SQS dead-letter queue through EventInvokeConfig\'s OnFailure destination or the queue\'s redrive policy; checkov only recognises DeadLetterQueue.',
  CKV_AWS_117: 'Not in a VPC: the functions only call AWS APIs and Amazon\'s SP-API over TLS; a VPC would add NAT or endpoints and protect nothing here.',
  CKV_AWS_119: 'Encrypted with the AWS-managed DynamoDB key; buyer data expires by TTL, and a customer key would add cost and a key policy for every role.',
  CKV_AWS_145: 'Encrypted with S3-managed keys: the config holds wording and sender addresses, no buyer data and no secrets.',
  CKV_AWS_149: 'Encrypted with the AWS-managed Secrets Manager key and readable only by the roles that need it; pass your own secret\'s ARN for a customer key.',
  CKV_AWS_158: 'Encrypted at rest by CloudWatch Logs; the logs carry ids only, never buyer addresses, and expire with the retention.',
  CKV_AWS_173: 'The environment holds only names, ARNs and limits; secrets live in Secrets Manager.',
} as const;

export type CheckId = keyof typeof REASONS;

/** Records the accepted checkov findings on a construct's CloudFormation resource. */
export function acceptChecks(construct: IConstruct, ...ids: CheckId[]): void {
  const resource = (construct.node.defaultChild ?? construct) as CfnResource;
  resource.addMetadata('checkov', { skip: ids.map((id) => ({ id, comment: REASONS[id] })) });
}
