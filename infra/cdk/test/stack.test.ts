// The CDK stack on its own (aws-cdk-lib/assertions): key resources and properties, least-privilege
// IAM, settings. Functions are built from a placeholder asset here; no cargo-lambda needed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RustFunction } from 'cargo-lambda-cdk';
import { AftercareStack, type AftercareStackProps } from '../lib/aftercare-stack';
import SCHEDULES from '../lib/schedules.json';
import { PLACEHOLDER_CODE } from './support/parity';

const SENDER = 'care@shop.example.com';

function synth(props: Partial<AftercareStackProps> = {}): { template: Template; stack: AftercareStack } {
  const app = new App();
  const stack = new AftercareStack(app, 'aftercare', { senderIdentity: SENDER, functionCode: lambda.Code.fromAsset(PLACEHOLDER_CODE), ...props });
  return { template: Template.fromStack(stack), stack };
}

const { template, stack } = synth();
const resources = (type: string) => template.findResources(type);

describe('data', () => {
  it('table: pk/sk keys, TTL on expires_at, on-demand, point-in-time recovery, encrypted, retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
        BillingMode: 'PAY_PER_REQUEST',
        TimeToLiveSpecification: { AttributeName: 'expires_at', Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
      }),
    });
  });

  it('the due index is sparse: keyed on attributes only pending sends carry, never the table keys', () => {
    const [table] = Object.values(resources('AWS::DynamoDB::Table')) as any[];
    const due = table.Properties.GlobalSecondaryIndexes.find((i: any) => i.IndexName === 'due');
    assert.deepEqual(due.KeySchema, [{ AttributeName: 'due_pk', KeyType: 'HASH' }, { AttributeName: 'due_sk', KeyType: 'RANGE' }]);
    assert.deepEqual(due.Projection, { ProjectionType: 'ALL' });
    const tableKeys = table.Properties.KeySchema.map((k: any) => k.AttributeName);
    for (const k of due.KeySchema) assert.ok(!tableKeys.includes(k.AttributeName), `${k.AttributeName} is a table key`);
    assert.deepEqual(table.Properties.GlobalSecondaryIndexes.map((i: any) => i.IndexName).sort(), ['by_buyer', 'by_order', 'due', 'pending_by_buyer']);
  });

  it('secrets are created empty only when no ARN is given, and the functions read the given one', () => {
    template.resourceCountIs('AWS::SecretsManager::Secret', 2);
    template.hasResourceProperties('AWS::SecretsManager::Secret', { SecretString: '{}' });
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:aftercare-webhook-AbC123';
    const given = synth({ webhookSecretArn: arn }).template;
    given.resourceCountIs('AWS::SecretsManager::Secret', 1);
    given.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ WEBHOOK_SECRET_ARN: arn }) } });
  });
});

describe('published config', () => {
  it('the config bucket is versioned, private, TLS-only and retained, and every function reads only config/', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
    for (const [id, f] of Object.entries<any>(resources('AWS::Lambda::Function'))) {
      assert.deepEqual(f.Properties.Environment.Variables.CONFIG_BUCKET, { Ref: 'ConfigBucket' }, id);
      const role = resources('AWS::IAM::Role')[`${id}Role`];
      const read = role.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement).find((st: any) => st.Sid === 'ReadPublishedConfig');
      assert.deepEqual(read.Action, ['s3:GetObject', 's3:GetObjectVersion'], id);
      assert.match(JSON.stringify(read.Resource), /\/config\/\*"/, id);
    }
  });
});

describe('queues and dead letters', () => {
  it('every work queue redrives to its DLQ after 5 receives, with visibility >= 6x its consumer timeout', () => {
    const queues = resources('AWS::SQS::Queue');
    const timeouts: Record<string, number> = {};
    for (const m of Object.values<any>(resources('AWS::Lambda::EventSourceMapping'))) {
      const fnId = m.Properties.FunctionName.Ref;
      const queueId = m.Properties.EventSourceArn['Fn::GetAtt'][0];
      timeouts[queueId] = resources('AWS::Lambda::Function')[fnId].Properties.Timeout;
      assert.deepEqual(m.Properties.FunctionResponseTypes, ['ReportBatchItemFailures'], queueId);
    }
    assert.deepEqual(Object.keys(timeouts).sort(), ['BouncesQueue', 'OrderNotificationsQueue', 'PlannerQueue']);
    for (const [id, t] of Object.entries(timeouts)) {
      const p = queues[id].Properties;
      assert.equal(p.RedrivePolicy.maxReceiveCount, 5, id);
      const dlq = p.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0];
      assert.equal(queues[dlq].Properties.MessageRetentionPeriod, 14 * 24 * 3600, dlq);
      assert.ok(p.VisibilityTimeout >= 6 * t, `${id}: visibility ${p.VisibilityTimeout} < 6 x ${t}`);
    }
    for (const [id, q] of Object.entries<any>(queues)) assert.equal(q.Properties.SqsManagedSseEnabled, true, `${id} unencrypted`);
  });

  it('asynchronously invoked functions send failed invocations to their DLQ', () => {
    const configs = Object.values<any>(resources('AWS::Lambda::EventInvokeConfig'));
    const byFn = Object.fromEntries(configs.map((c) => [c.Properties.FunctionName.Ref, c.Properties.DestinationConfig.OnFailure.Destination['Fn::GetAtt'][0]]));
    assert.deepEqual(byFn, { PlannerFunction: 'PlannerDLQ', DispatcherFunction: 'DispatcherDLQ', BouncesFunction: 'BouncesDLQ' });
  });

  it('both rules retry into a dead-letter queue, and only the rule may write to its queues', () => {
    for (const rule of Object.values<any>(resources('AWS::Events::Rule'))) {
      const [target] = rule.Properties.Targets;
      assert.ok(target.DeadLetterConfig?.Arn, 'rule target without dead letters');
      assert.equal(target.RetryPolicy.MaximumRetryAttempts, 20);
    }
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: 'PlannerQueue' }],
      PolicyDocument: { Statement: [Match.objectLike({ Action: 'sqs:SendMessage', Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['OrderChangedRule', 'Arn'] } } } })] },
    });
  });
});

describe('schedules', () => {
  const schedules = Object.values<any>(resources('AWS::Scheduler::Schedule'));

  it(`one dispatcher schedule per window group (${SCHEDULES.length}) plus the delivery check`, () => {
    assert.equal(schedules.length, SCHEDULES.length + 1);
    assert.ok(SCHEDULES.length >= 20);
  });

  it('each dispatcher schedule fires in the time zone of its window group, with retries and dead letters', () => {
    const dispatch = schedules.filter((s) => s.Properties.Target.Arn['Fn::GetAtt'][0] === 'DispatcherFunction');
    assert.equal(dispatch.length, SCHEDULES.length);
    for (const { Properties: p } of dispatch) {
      const group = JSON.parse(p.Target.Input).window_group as string;
      const zone = group === 'immediate' ? 'UTC' : group.split(' ')[0];
      assert.equal(p.ScheduleExpressionTimezone, zone, p.Name);
      assert.match(p.ScheduleExpressionTimezone, /^(UTC|[A-Z][A-Za-z_]+\/[A-Za-z_]+)$/, p.Name);
      assert.deepEqual(p.GroupName, { Ref: 'DispatchScheduleGroup' });
      assert.deepEqual(p.Target.DeadLetterConfig, { Arn: { 'Fn::GetAtt': ['DispatcherDLQ', 'Arn'] } });
      assert.deepEqual(p.FlexibleTimeWindow, { Mode: 'OFF' });
    }
    const zones = new Set(dispatch.map((s) => s.Properties.ScheduleExpressionTimezone));
    for (const z of ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Asia/Shanghai']) assert.ok(zones.has(z), z);
  });

  it('the scheduler role may invoke only the dispatcher, assumed only for this schedule group', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Condition: { StringEquals: Match.anyValue(), ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['DispatchScheduleGroup', 'Arn'] } } } })] },
      Policies: [{ PolicyName: 'invoke-dispatcher', PolicyDocument: Match.objectLike({ Statement: Match.arrayWith([Match.objectLike({ Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': ['DispatcherFunction', 'Arn'] } })]) }) }],
    });
  });
});

describe('functions', () => {
  it('five functions, arm64, provided.al2023, each logging to its own log group with the configured retention', () => {
    const fns = resources('AWS::Lambda::Function');
    assert.deepEqual(Object.keys(fns).sort(), ['BouncesFunction', 'DispatcherFunction', 'IngestFunction', 'NotificationsFunction', 'PlannerFunction']);
    const groups = resources('AWS::Logs::LogGroup');
    for (const [id, f] of Object.entries<any>(fns)) {
      assert.deepEqual(f.Properties.Architectures, ['arm64'], id);
      assert.equal(f.Properties.Runtime, 'provided.al2023', id);
      const lg = f.Properties.LoggingConfig.LogGroup.Ref;
      assert.equal(groups[lg].Properties.RetentionInDays, 30, id);
    }
    const retained = synth({ logRetentionDays: 7 }).template.findResources('AWS::Logs::LogGroup');
    for (const [id, g] of Object.entries<any>(retained)) assert.equal(g.Properties.RetentionInDays, 7, id);
  });

  it('every function logs in JSON with the configured system log level (WARN by default), application level left to RUST_LOG', () => {
    const check = (fns: Record<string, any>, level: string) => {
      assert.equal(Object.keys(fns).length, 5);
      for (const [id, f] of Object.entries<any>(fns)) {
        const c = f.Properties.LoggingConfig;
        assert.equal(c.LogFormat, 'JSON', id);
        assert.equal(c.SystemLogLevel, level, id);
        assert.equal(c.ApplicationLogLevel, undefined, id);
      }
    };
    check(resources('AWS::Lambda::Function'), 'WARN');
    for (const level of ['INFO', 'DEBUG'] as const) {
      check(synth({ systemLogLevel: level }).template.findResources('AWS::Lambda::Function'), level);
    }
  });

  it('unit tests use the placeholder asset; a deploy builds each function with cargo-lambda for arm64', () => {
    for (const fn of Object.values(stack.functions)) assert.ok(!(fn instanceof RustFunction));
    // With bundling skipped for every stack, the real path can be constructed without cargo-lambda.
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const real = new AftercareStack(app, 'real', { senderIdentity: SENDER });
    for (const [name, fn] of Object.entries(real.functions)) {
      assert.ok(fn instanceof RustFunction, name);
      assert.equal(fn.architecture, lambda.Architecture.ARM_64, name);
    }
  });
});

describe('least privilege', () => {
  // Actions that name no resource type, so IAM can grant them only on "*"; none touches data.
  const STAR_OK = new Set(['ses:GetAccount']);
  const statements: { where: string; s: any }[] = [];
  for (const [id, r] of Object.entries<any>(template.toJSON().Resources)) {
    const docs = r.Type === 'AWS::IAM::Role' ? (r.Properties.Policies ?? []).map((p: any) => p.PolicyDocument)
      : r.Type === 'AWS::IAM::Policy' ? [r.Properties.PolicyDocument] : [];
    for (const d of docs) for (const s of d.Statement) statements.push({ where: id, s });
  }
  const list = (v: any) => (Array.isArray(v) ? v : [v]);

  it('no action has a wildcard, and only resource-less reads are granted on "*"', () => {
    assert.ok(statements.length > 20);
    for (const { where, s } of statements) {
      assert.equal(s.Effect, 'Allow', where);
      for (const a of list(s.Action)) assert.ok(!a.includes('*'), `${where}: action ${a}`);
      if (list(s.Resource).includes('*')) {
        for (const a of list(s.Action)) assert.ok(STAR_OK.has(a), `${where}: ${a} on "*"`);
      }
    }
  });

  it('only the roles that need them may write to the table, send email or read secrets', () => {
    const holders = (prefix: string) => [...new Set(statements.filter(({ s }) => list(s.Action).some((a: string) => a.startsWith(prefix))).map(({ where }) => where))].sort();
    assert.deepEqual(holders('ses:Send'), ['DispatcherFunctionRole']);
    assert.deepEqual(holders('secretsmanager:'), ['DispatcherFunctionRole', 'IngestFunctionRole', 'NotificationsFunctionRole']);
    assert.deepEqual(holders('dynamodb:DeleteItem'), ['BouncesFunctionRole', 'NotificationsFunctionRole']);
    assert.deepEqual(holders('events:PutEvents'), ['IngestFunctionRole', 'NotificationsFunctionRole']);
  });

  it('sending is limited to the sender identity, its domain and the configuration set', () => {
    const send = statements.find(({ s }) => s.Sid === 'SendThroughConfigurationSet')!.s;
    const text = JSON.stringify(send.Resource);
    assert.ok(text.includes(`identity/${SENDER}`) && text.includes('identity/shop.example.com') && text.includes('configuration-set/'));
    assert.equal(send.Resource.length, 3);
  });
});

describe('alarms, webhook, outputs', () => {
  it('19 alarms, each notifying the alarm topic', () => {
    const alarms = Object.entries<any>(resources('AWS::CloudWatch::Alarm'));
    assert.equal(alarms.length, 19);
    for (const [id, a] of alarms) assert.deepEqual(a.Properties.AlarmActions, [{ Ref: 'AlarmTopic' }], id);
    for (const fn of ['IngestFunction', 'PlannerFunction', 'DispatcherFunction', 'BouncesFunction', 'NotificationsFunction']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }] });
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 4,
      Metrics: Match.arrayWith([Match.objectLike({ Id: 'rate', Expression: 'IF(sent >= 50, 100 * FILL(bounced, 0) / sent, 0)' })]),
    });
  });

  it('the webhook stage is throttled and access-logged', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': ['WebhookAccessLogGroup', 'Arn'] }, Format: Match.stringLikeRegexp('requestId') },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'POST /orders' });
  });

  it('opt-out notices and the alarm e-mail exist only when configured', () => {
    template.resourceCountIs('AWS::SES::ReceiptRule', 0);
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    const on = synth({ optOutNoticeRecipient: 'optout@shop.example.com', alarmEmail: 'ops@shop.example.com' }).template;
    on.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    on.hasResource('AWS::SES::ReceiptRule', { DependsOn: ['OptOutNoticeTopicPolicy'] });
    on.resourceCountIs('AWS::SNS::Subscription', 2);
    on.hasOutput('OptOutReceiptRuleSetName', {});
    const existing = synth({ optOutNoticeRecipient: 'optout@shop.example.com', optOutReceiptRuleSetName: 'default-rule-set' }).template;
    existing.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    existing.hasResourceProperties('AWS::SES::ReceiptRule', { RuleSetName: 'default-rule-set' });
  });

  it('stage names the bus, configuration set, schedule group and dashboard', () => {
    const t = synth({ stage: 'staging' }).template;
    t.hasResourceProperties('AWS::Events::EventBus', { Name: 'aftercare-orders-staging' });
    t.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'aftercare-staging' });
    t.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'aftercare-staging' });
    t.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'aftercare-staging' });
  });
});

describe('settings', () => {
  const bad: [Partial<AftercareStackProps>, RegExp][] = [
    [{ senderIdentity: '' }, /senderIdentity.*required/],
    [{ stage: 'Prod' }, /stage="Prod"/],
    [{ logRetentionDays: 31 }, /logRetentionDays=31: expected one of/],
    [{ systemLogLevel: 'ERROR' as 'WARN' }, /systemLogLevel="ERROR": expected one of WARN, INFO, DEBUG/],
    [{ rateAlarmMinSends: 0 }, /rateAlarmMinSends=0/],
    [{ webhookSecretArn: 'aftercare-webhook' }, /webhookSecretArn/],
    [{ metricsNamespace: 'has space' }, /metricsNamespace/],
  ];
  for (const [props, message] of bad) {
    it(`refuses ${JSON.stringify(props)}`, () => {
      assert.throws(() => synth(props), message);
    });
  }
});
