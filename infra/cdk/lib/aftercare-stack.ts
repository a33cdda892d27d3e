// The Aftercare stack in CDK: the same resources, IAM, alarms, dashboard and schedules as the SAM
// template (template.yaml). Logical ids are the SAM template's (for SAM-generated resources, the
// ids SAM gives them), so the parity test can compare the two resource by resource.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AssetHashType, Aws, CfnDeletionPolicy, CfnElement, CfnOutput, CfnResource, Duration, Fn, RemovalPolicy, Stack,
  type StackProps,
} from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { RustFunction } from 'cargo-lambda-cdk';
import type { Construct } from 'constructs';
import { ALARMS, type AlarmSpec } from './alarms';
import { acceptChecks } from './checkov';
import { type AftercareSettings, resolveSettings } from './props';
import type { DispatchSchedule } from './sam-template';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const SCHEDULES: DispatchSchedule[] = JSON.parse(readFileSync(join(__dirname, 'schedules.json'), 'utf8'));
const DASHBOARD_BODY = readFileSync(join(__dirname, 'dashboard-body.json'), 'utf8');

/** Amazon's Selling Partner API notification service writes to the notifications queue from this account. */
const SPAPI_NOTIFICATIONS_ACCOUNT = '437568002678';

const WEBHOOK_ACCESS_LOG_FORMAT =
  '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","time":"$context.requestTime",' +
  '"route":"$context.routeKey","status":"$context.status","bytes":"$context.responseLength",' +
  '"latencyMs":"$context.integrationLatency","error":"$context.integrationErrorMessage"}';

const QUEUE_CONSUMER_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ChangeMessageVisibility'];

export interface AftercareStackProps extends StackProps, Partial<AftercareSettings> {
  /**
   * Code for all five functions instead of building them with cargo-lambda. Unit tests and an
   * offline `cdk synth` pass a tiny placeholder asset here; a deploy leaves it unset.
   */
  readonly functionCode?: lambda.Code;
  /** The seller's config folder the build packs into the functions (default: config/ at the repository root). */
  readonly configDir?: string;
}

export type FunctionName = 'ingest' | 'notifications' | 'planner' | 'dispatcher' | 'bounces';

export class AftercareStack extends Stack {
  readonly settings: AftercareSettings;
  readonly functions: Record<FunctionName, lambda.Function> = {} as Record<FunctionName, lambda.Function>;

  constructor(scope: Construct, id: string, props: AftercareStackProps) {
    super(scope, id, { description: DESCRIPTION, analyticsReporting: false, ...props });
    const s = (this.settings = resolveSettings(props));
    const hasOptOutRecipient = s.optOutNoticeRecipient !== '';
    const createReceiptRuleSet = hasOptOutRecipient && s.optOutReceiptRuleSetName === '';

    // --- data ---------------------------------------------------------------------------------
    const table = new dynamodb.Table(this, 'AftercareTable', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expires_at',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acceptChecks(table, 'CKV_AWS_119');
    const keysOnly = dynamodb.ProjectionType.KEYS_ONLY;
    const S = dynamodb.AttributeType.STRING;
    const N = dynamodb.AttributeType.NUMBER;
    // Serves only opt-out notices (order id -> the order's key): keys only.
    table.addGlobalSecondaryIndex({ indexName: 'by_order', partitionKey: { name: 'order_id', type: S }, sortKey: { name: 'store_id', type: S }, projectionType: keysOnly });
    table.addGlobalSecondaryIndex({ indexName: 'by_buyer', partitionKey: { name: 'buyer_pk', type: S }, sortKey: { name: 'placed_at', type: N }, projectionType: keysOnly });
    // Sparse (pending sends only) and write-sharded: DUE#{window group}#{shard}.
    table.addGlobalSecondaryIndex({ indexName: 'due', partitionKey: { name: 'due_pk', type: S }, sortKey: { name: 'due_sk', type: S }, projectionType: dynamodb.ProjectionType.ALL });
    table.addGlobalSecondaryIndex({ indexName: 'pending_by_buyer', partitionKey: { name: 'buyer_pending', type: S }, sortKey: { name: 'send_id', type: S }, projectionType: keysOnly });
    const index = (name: string) => `${table.tableArn}/index/${name}`;

    // The config `aftercare config push` publishes (one JSON object under config/), every version
    // kept: a version that fails to load is never used, the functions keep the last one they loaded.
    const configBucket = new s3.Bucket(this, 'ConfigBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{
        // Old versions go after 90 days, but the ten newest old ones always stay.
        id: 'ExpireOldConfigVersions',
        noncurrentVersionExpiration: Duration.days(90),
        noncurrentVersionsToRetain: 10,
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acceptChecks(configBucket, 'CKV_AWS_18', 'CKV_AWS_145');
    new s3.CfnBucketPolicy(this, 'ConfigBucketPolicy', {
      bucket: configBucket.bucketName,
      policyDocument: new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({
          sid: 'TlsOnly',
          effect: iam.Effect.DENY,
          principals: [new iam.StarPrincipal()],
          actions: ['s3:*'],
          resources: [configBucket.bucketArn, configBucket.arnForObjects('*')],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        })],
      }),
    });

    const webhookSecretArn = s.webhookSecretArn || this.emptySecret('WebhookSecret',
      `Aftercare ${s.stage}: per-store webhook HMAC secrets as JSON {"<store_id>": "<secret>"}. Set with: aws secretsmanager put-secret-value --secret-id <this ARN> --secret-string file://secrets.json`).ref;
    const spApiSecretArn = s.spApiSecretArn || this.emptySecret('SpApiCredentials',
      `Aftercare ${s.stage}: SP-API credentials as JSON {"client_id": "...", "client_secret": "...", "refresh_tokens": {"<store_id>": "Atzr|..."}}. Set with: aws secretsmanager put-secret-value --secret-id <this ARN> --secret-string file://spapi.json`).ref;

    const bus = new events.EventBus(this, 'OrdersBus', { eventBusName: `aftercare-orders-${s.stage}` });

    // --- queues: one DLQ per asynchronously invoked function, work queues with a redrive ----------
    const dlq = (id: string) => this.sqsEncrypted(new sqs.Queue(this, id, {
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      removalPolicy: RemovalPolicy.DESTROY,
    }));
    const plannerDlq = dlq('PlannerDLQ');
    const dispatcherDlq = dlq('DispatcherDLQ');
    const bouncesDlq = dlq('BouncesDLQ');
    const notificationsDlq = dlq('OrderNotificationsDLQ');
    // Visibility: six times the consuming function's timeout, as Lambda advises for SQS sources.
    const workQueue = (id: string, visibility: number, deadLetters: sqs.Queue) => this.sqsEncrypted(new sqs.Queue(this, id, {
      visibilityTimeout: Duration.seconds(visibility),
      retentionPeriod: Duration.days(4),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      deadLetterQueue: { queue: deadLetters, maxReceiveCount: 5 },
      removalPolicy: RemovalPolicy.DESTROY,
    }));
    const plannerQueue = workQueue('PlannerQueue', 180, plannerDlq);
    const bouncesQueue = workQueue('BouncesQueue', 180, bouncesDlq);
    const notificationsQueue = workQueue('OrderNotificationsQueue', 720, notificationsDlq);

    // --- SES configuration set (every email goes through it) ---------------------------------------
    const configurationSet = new ses.CfnConfigurationSet(this, 'ConfigurationSet', {
      name: `aftercare-${s.stage}`,
      reputationOptions: { reputationMetricsEnabled: true },
      sendingOptions: { sendingEnabled: true },
      // Addresses on the account suppression list are not attempted again; SES still reports
      // them as bounces, so the bounce handler records the opt-out.
      suppressionOptions: { suppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    new ses.CfnConfigurationSetEventDestination(this, 'ConfigurationSetEvents', {
      configurationSetName: configurationSet.ref,
      eventDestination: {
        name: 'aftercare-eventbridge',
        enabled: true,
        matchingEventTypes: ['send', 'bounce', 'complaint'],
        eventBridgeDestination: { eventBusArn: `arn:${Aws.PARTITION}:events:${Aws.REGION}:${Aws.ACCOUNT_ID}:event-bus/default` },
      },
    });

    // --- rules: order.changed -> planner queue; this configuration set's SES events -> bounces queue
    const orderChangedRule = new events.CfnRule(this, 'OrderChangedRule', {
      description: 'order.changed from ingest to the planner\'s queue.',
      eventBusName: bus.eventBusName,
      eventPattern: { source: ['aftercare.ingest'], 'detail-type': ['order.changed'] },
      targets: [{
        id: 'planner-queue',
        arn: plannerQueue.queueArn,
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 3600 },
        deadLetterConfig: { arn: plannerDlq.queueArn },
      }],
    });
    const sesEventsRule = new events.CfnRule(this, 'SesEventsRule', {
      description: 'SES events of this stack\'s configuration set to the bounces queue.',
      eventPattern: {
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received', 'Email Sent'],
        detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.ref] } } },
      },
      targets: [{
        id: 'bounces-queue',
        arn: bouncesQueue.queueArn,
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 3600 },
        deadLetterConfig: { arn: bouncesDlq.queueArn },
      }],
    });

    // Queue policies: EventBridge writes to a queue (and its dead letters) only for the one rule
    // that feeds it; Amazon's notification service writes to the notifications queue.
    const fromRule = (id: string, queue: sqs.Queue, sid: string, rule: events.CfnRule) =>
      this.queuePolicy(id, queue, new iam.PolicyStatement({
        sid,
        principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [queue.queueArn],
        conditions: { ArnEquals: { 'aws:SourceArn': rule.attrArn } },
      }));
    fromRule('PlannerDLQPolicy', plannerDlq, 'OrderChangedRuleDeadLetters', orderChangedRule);
    fromRule('BouncesDLQPolicy', bouncesDlq, 'SesEventsRuleDeadLetters', sesEventsRule);
    fromRule('PlannerQueuePolicy', plannerQueue, 'OrderChangedRule', orderChangedRule);
    fromRule('BouncesQueuePolicy', bouncesQueue, 'SesEventsRule', sesEventsRule);
    this.queuePolicy('OrderNotificationsQueuePolicy', notificationsQueue, new iam.PolicyStatement({
      sid: 'AmazonSellingPartnerNotifications',
      principals: [new iam.ArnPrincipal(`arn:${Aws.PARTITION}:iam::${SPAPI_NOTIFICATIONS_ACCOUNT}:root`)],
      actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes'],
      resources: [notificationsQueue.queueArn],
    }));

    // --- log groups: retention set, and created before the functions ------------------------------
    const logGroup = (id: string, name: string) => {
      const group = new logs.LogGroup(this, id, {
        logGroupName: name,
        retention: s.logRetentionDays as logs.RetentionDays,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      acceptChecks(group, 'CKV_AWS_158');
      return group;
    };

    // --- functions ------------------------------------------------------------------------------
    const common = {
      METRICS_NAMESPACE: s.metricsNamespace,
      RUST_LOG: 'info',
      // Where `aftercare config push` publishes; the functions look for a new version at most once a minute.
      CONFIG_BUCKET: configBucket.bucketName,
    };
    const tableArn = table.tableArn;
    // Every function reads the published config: the newest object and, after a refused push, the
    // version it last loaded; ListBucket only so a stack nobody pushed to answers 404, not 403.
    const readConfig = () => [
      allow('ReadPublishedConfig', ['s3:GetObject', 's3:GetObjectVersion'], [configBucket.arnForObjects('config/*')]),
      allow('FindPublishedConfig', ['s3:ListBucket'], [configBucket.bucketArn]),
    ];

    const ingest = this.rustFunction(props, 'ingest', 'IngestFunction', {
      description: 'Verifies, validates and stores order events; publishes order.changed.',
      timeout: 10,
      logGroup: logGroup('IngestLogGroup', `/aws/lambda/aftercare-${s.stage}-ingest`),
      environment: { ...common, TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName, WEBHOOK_SECRET_ARN: webhookSecretArn },
      statements: [
        ...readConfig(),
        // get_order; save_order: one conditional UpdateItem (plus a marker GetItem for orders an earlier
        // release stored); the record of the config it runs (GetItem, PutItem)
        allow('Orders', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], [tableArn]),
        allow('PublishOrderChanged', ['events:PutEvents'], [bus.eventBusArn]),
        allow('ReadWebhookSecrets', ['secretsmanager:GetSecretValue'], [webhookSecretArn]),
      ],
    });

    const notifications = this.rustFunction(props, 'notifications', 'NotificationsFunction', {
      description: 'Stores Amazon\'s ORDER_CHANGE notifications as order events (with an Orders API lookup); publishes order.changed.',
      // A batch of ten at the shared getOrder budget's pace.
      timeout: 120,
      logGroup: logGroup('NotificationsLogGroup', `/aws/lambda/aftercare-${s.stage}-notifications`),
      environment: { ...common, TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName, SPAPI_SECRET_ARN: spApiSecretArn },
      statements: [
        ...readConfig(),
        // get_order, save_order, and the SP-API call budget's token buckets
        allow('OrdersAndCallBudget', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], [tableArn]),
        allow('PublishOrderChanged', ['events:PutEvents'], [bus.eventBusArn]),
        allow('ReadSpApiCredentials', ['secretsmanager:GetSecretValue'], [spApiSecretArn]),
        // delivery checks of shipped merchant-fulfilled orders (DCHECK# items)
        allow('DeliveryChecks', ['dynamodb:Query', 'dynamodb:DeleteItem'], [tableArn]),
        allow('ConsumeOrderNotificationsQueue', QUEUE_CONSUMER_ACTIONS, [notificationsQueue.queueArn]),
      ],
    });

    const planner = this.rustFunction(props, 'planner', 'PlannerFunction', {
      description: 'Plans (and cancels) the emails of one changed order.',
      timeout: 30,
      logGroup: logGroup('PlannerLogGroup', `/aws/lambda/aftercare-${s.stage}-planner`),
      environment: { ...common, TABLE_NAME: table.tableName },
      statements: [
        ...readConfig(),
        allow('OrdersAndSends', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], [tableArn]),
        // sends_for_order (table) and prior_orders (by_buyer)
        allow('QueryOrderSendsAndBuyerHistory', ['dynamodb:Query'], [tableArn, index('by_buyer')]),
        allow('ConsumeOrderChangedQueue', QUEUE_CONSUMER_ACTIONS, [plannerQueue.queueArn]),
      ],
      onFailure: { queue: plannerDlq, retries: 2, maxAge: 3600 },
    });

    // SES checks whichever identity it resolves the From address to: the identity as given and its domain.
    const senderDomain = s.senderIdentity.includes('@') ? s.senderIdentity.split('@')[1] : s.senderIdentity;
    const sesArn = (resource: string) => `arn:${Aws.PARTITION}:ses:${Aws.REGION}:${Aws.ACCOUNT_ID}:${resource}`;
    const dispatcher = this.rustFunction(props, 'dispatcher', 'DispatcherFunction', {
      description: 'Sends the due emails of one window group (invoked by EventBridge Scheduler).',
      memorySize: 512,
      // Below the 15-minute tick, so runs of one group do not pile up.
      timeout: 600,
      logGroup: logGroup('DispatcherLogGroup', `/aws/lambda/aftercare-${s.stage}-dispatcher`),
      environment: {
        ...common,
        TABLE_NAME: table.tableName,
        CONFIGURATION_SET: configurationSet.ref,
        SENDER_IDENTITY: s.senderIdentity,
        TEST_ADDRESS: s.testAddress,
        DISPATCH_PAGE: '100',
        SPAPI_SECRET_ARN: spApiSecretArn,
      },
      statements: [
        ...readConfig(),
        allow('SendsAndOrders', ['dynamodb:GetItem', 'dynamodb:UpdateItem'], [tableArn]),
        allow('ReserveBuyerDay', ['dynamodb:PutItem'], [tableArn]),
        allow('HoldPausedStoreSends', ['dynamodb:ConditionCheckItem'], [tableArn]),
        allow('QueryDueSendsAndCounters', ['dynamodb:Query'], [tableArn, index('due')]),
        allow('SendThroughConfigurationSet', ['ses:SendEmail', 'ses:SendRawEmail'], [
          sesArn(`identity/${s.senderIdentity}`),
          sesArn(`identity/${senderDomain}`),
          sesArn(`configuration-set/${configurationSet.ref}`),
        ]),
        allow('ReadSpApiCredentials', ['secretsmanager:GetSecretValue'], [spApiSecretArn]),
        // GetAccount names no resource, so IAM grants it only on "*" (it reads, never sends).
        allow('ReadSendingQuota', ['ses:GetAccount'], ['*']),
      ],
      // The next tick (15 min) picks up whatever a failed run left pending.
      onFailure: { queue: dispatcherDlq, retries: 1, maxAge: 900 },
    });

    const bounces = this.rustFunction(props, 'bounces', 'BouncesFunction', {
      description: 'Records bounces, complaints and Amazon opt-out notices; cancels pending sends; pauses a store over its bounce limit and resumes it on request.',
      timeout: 30,
      logGroup: logGroup('BouncesLogGroup', `/aws/lambda/aftercare-${s.stage}-bounces`),
      environment: { ...common, TABLE_NAME: table.tableName },
      statements: [
        ...readConfig(),
        allow('SendsAndSuppressions', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], [tableArn]),
        allow('QueryOrdersAndPendingSends', ['dynamodb:Query'], [tableArn, index('by_order'), index('pending_by_buyer')]),
        allow('ResumeHeldSends', ['dynamodb:DeleteItem'], [tableArn]),
        allow('ConsumeSesEventsQueue', QUEUE_CONSUMER_ACTIONS, [bouncesQueue.queueArn]),
      ],
      onFailure: { queue: bouncesDlq, retries: 2, maxAge: 3600 },
    });
    Object.assign(this.functions, { ingest, notifications, planner, dispatcher, bounces });

    // --- queue triggers (batches of ten, per-record failures) ----------------------------------
    const mapping = (id: string, fn: lambda.Function, queue: sqs.Queue, maxConcurrency: number) =>
      new lambda.EventSourceMapping(this, id, {
        target: fn,
        eventSourceArn: queue.queueArn,
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency,
      });
    mapping('PlannerQueueMapping', planner, plannerQueue, 5);
    mapping('BouncesQueueMapping', bounces, bouncesQueue, 5);
    // Two pollers at most: Amazon's getOrder budget is shared by every invocation.
    mapping('OrderNotificationsQueueMapping', notifications, notificationsQueue, 2);

    // --- webhook: HTTP API POST /orders -> ingest ------------------------------------------------
    const accessLogs = logGroup('WebhookAccessLogGroup', `/aws/apigateway/aftercare-${s.stage}-webhook`);
    const api = new apigwv2.HttpApi(this, 'WebhookApi', {
      apiName: this.stackName,
      description: 'Aftercare order webhook (HMAC-signed JSON from the seller\'s middleware).',
      createDefaultStage: false,
    });
    api.addRoutes({
      path: '/orders',
      methods: [apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('IngestIntegration', ingest, { payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0 }),
    });
    new apigwv2.HttpStage(this, 'WebhookApiApiGatewayDefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 100, burstLimit: 200 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigw.AccessLogFormat.custom(WEBHOOK_ACCESS_LOG_FORMAT),
      },
    });

    // --- schedules --------------------------------------------------------------------------------
    // Every 10 minutes the notifications function asks Amazon whether shipped merchant-fulfilled
    // packages were delivered (what SAM makes of the function's ScheduleV2 event).
    const checkDeliveriesRole = new iam.Role(this, 'NotificationsFunctionCheckDeliveriesRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      inlinePolicies: {
        NotificationsFunctionCheckDeliveriesLambdaPolicy: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [notifications.functionArn] })],
        }),
      },
    });
    new scheduler.CfnSchedule(this, 'NotificationsFunctionCheckDeliveries', {
      name: 'NotificationsFunctionCheckDeliveries',
      scheduleExpression: 'rate(10 minutes)',
      flexibleTimeWindow: { mode: 'OFF' },
      target: {
        arn: notifications.functionArn,
        roleArn: checkDeliveriesRole.roleArn,
        input: '{"check_deliveries": true}',
        retryPolicy: { maximumRetryAttempts: 0 },
      },
    });

    const scheduleGroup = new scheduler.CfnScheduleGroup(this, 'DispatchScheduleGroup', { name: `aftercare-${s.stage}` });
    // Assumed by EventBridge Scheduler for this stack's schedule group only. Scheduler delivers
    // dead letters with this role, not a queue policy.
    const scheduleRole = new iam.Role(this, 'DispatchScheduleRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        ArnEquals: { 'aws:SourceArn': scheduleGroup.attrArn },
      }),
      inlinePolicies: {
        'invoke-dispatcher': new iam.PolicyDocument({
          statements: [
            allow('InvokeDispatcher', ['lambda:InvokeFunction'], [dispatcher.functionArn]),
            allow('ScheduleDeadLetters', ['sqs:SendMessage'], [dispatcherDlq.queueArn]),
          ],
        }),
      },
    });
    // One schedule per window group the config can produce, firing every 15 minutes through its
    // window in its own zone (DST is Scheduler's business).
    for (const sched of SCHEDULES) {
      new scheduler.CfnSchedule(this, sched.id, {
        name: sched.name,
        groupName: scheduleGroup.ref,
        scheduleExpression: sched.expression,
        scheduleExpressionTimezone: sched.timezone,
        flexibleTimeWindow: { mode: 'OFF' },
        target: {
          arn: dispatcher.functionArn,
          roleArn: scheduleRole.roleArn,
          input: `{"window_group": ${JSON.stringify(sched.windowGroup)}}`,
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 600 },
          deadLetterConfig: { arn: dispatcherDlq.queueArn },
        },
      });
    }

    // --- Amazon's buyer opt-out notices: SES inbound -> SNS -> bounces (optional) -----------------
    let optOutTopic: sns.CfnTopic | undefined;
    let ruleSet: ses.CfnReceiptRuleSet | undefined;
    if (hasOptOutRecipient) {
      optOutTopic = new sns.CfnTopic(this, 'OptOutNoticeTopic', { displayName: 'Aftercare opt-out notices' });
      acceptChecks(optOutTopic, 'CKV_AWS_26');
      const topicPolicy = new sns.CfnTopicPolicy(this, 'OptOutNoticeTopicPolicy', {
        topics: [optOutTopic.ref],
        policyDocument: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({
            sid: 'SesInboundPublish',
            principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
            actions: ['sns:Publish'],
            resources: [optOutTopic.ref],
            conditions: { StringEquals: { 'AWS:SourceAccount': Aws.ACCOUNT_ID } },
          })],
        }),
      });
      new sns.CfnSubscription(this, 'OptOutNoticeSubscription', { topicArn: optOutTopic.ref, protocol: 'lambda', endpoint: bounces.functionArn });
      new lambda.CfnPermission(this, 'OptOutNoticeInvokePermission', {
        action: 'lambda:InvokeFunction',
        functionName: bounces.functionName,
        principal: 'sns.amazonaws.com',
        sourceArn: optOutTopic.ref,
      });
      if (createReceiptRuleSet) {
        ruleSet = new ses.CfnReceiptRuleSet(this, 'OptOutReceiptRuleSet', { ruleSetName: `aftercare-${s.stage}` });
      }
      const rule = new ses.CfnReceiptRule(this, 'OptOutReceiptRule', {
        ruleSetName: ruleSet ? ruleSet.ref : s.optOutReceiptRuleSetName,
        rule: {
          name: `aftercare-${s.stage}-optout-notices`,
          enabled: true,
          scanEnabled: true,
          recipients: [s.optOutNoticeRecipient],
          actions: [{ snsAction: { topicArn: optOutTopic.ref, encoding: 'Base64' } }],
        },
      });
      // SES test-publishes to the topic when the rule is created.
      rule.node.addDependency(topicPolicy);
    }

    // --- alarms -------------------------------------------------------------------------------------
    const alarmTopic = new sns.CfnTopic(this, 'AlarmTopic', { displayName: 'Aftercare alarms' });
    acceptChecks(alarmTopic, 'CKV_AWS_26');
    if (s.alarmEmail !== '') {
      new sns.CfnSubscription(this, 'AlarmEmailSubscription', { topicArn: alarmTopic.ref, protocol: 'email', endpoint: s.alarmEmail });
    }
    const dimensionValue: Record<string, string> = {
      IngestFunction: ingest.functionName,
      NotificationsFunction: notifications.functionName,
      PlannerFunction: planner.functionName,
      DispatcherFunction: dispatcher.functionName,
      BouncesFunction: bounces.functionName,
      PlannerDLQ: plannerDlq.queueName,
      DispatcherDLQ: dispatcherDlq.queueName,
      BouncesDLQ: bouncesDlq.queueName,
      OrderNotificationsDLQ: notificationsDlq.queueName,
    };
    for (const spec of ALARMS) this.alarm(spec, alarmTopic, dimensionValue);

    // --- dashboard ------------------------------------------------------------------------------------
    // The body is the SAM template's, word for word (lib/dashboard-body.json); resources are named
    // by their logical ids, which this stack shares with template.yaml.
    const dashboard = new cloudwatch.CfnDashboard(this, 'Dashboard', {
      dashboardName: `aftercare-${s.stage}`,
      dashboardBody: Fn.sub(DASHBOARD_BODY, { Stage: s.stage, MetricsNamespace: s.metricsNamespace }),
    });

    // --- outputs ----------------------------------------------------------------------------------------
    const output = (id: string, description: string, value: string) => new CfnOutput(this, id, { description, value });
    output('WebhookUrl', 'POST order events here (HMAC-signed).', `https://${api.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}/orders`);
    output('WebhookSecretArn', 'Secrets Manager secret with the per-store webhook HMAC secrets, JSON {"<store_id>": "<secret>"}.', webhookSecretArn);
    output('OrderNotificationsQueueArn', 'SQS queue for Amazon\'s ORDER_CHANGE notifications: pass it to `aftercare spapi connect`.', notificationsQueue.queueArn);
    output('SpApiSecretArn', 'Secrets Manager secret with the SP-API credentials, JSON {"client_id": "...", "client_secret": "...", "refresh_tokens": {"<store_id>": "Atzr|..."}}.', spApiSecretArn);
    output('TableName', 'DynamoDB table holding orders, sends, suppressions and counters.', table.tableName);
    output('OrdersBusName', 'EventBridge bus carrying order.changed events.', bus.eventBusName);
    output('ConfigurationSetName', 'SES configuration set every email is sent through.', configurationSet.ref);
    output('DispatchScheduleGroupName', 'EventBridge Scheduler group holding one dispatcher schedule per window group.', scheduleGroup.ref);
    output('ConfigBucketName', 'S3 bucket (versioned) the functions load the config from: `aftercare config push --stack <this stack>` publishes to it.', configBucket.bucketName);
    output('DashboardUrl', 'CloudWatch dashboard.', `https://${Aws.REGION}.console.aws.amazon.com/cloudwatch/home?region=${Aws.REGION}#dashboards:name=${dashboard.ref}`);
    output('AlarmTopicArn', 'SNS topic every alarm notifies; subscribe more endpoints here.', alarmTopic.ref);
    if (optOutTopic) output('OptOutNoticeTopicArn', 'SNS topic SES inbound publishes Amazon opt-out notices to.', optOutTopic.ref);
    if (ruleSet) {
      output('OptOutReceiptRuleSetName', 'Receipt rule set created for the opt-out notices. Activate it once: aws ses set-active-receipt-rule-set --rule-set-name <this value>', ruleSet.ref);
    }
    output('PlannerDLQArn', 'The planner\'s dead letters; replay into PlannerQueueArn with aws sqs start-message-move-task.', plannerDlq.queueArn);
    output('PlannerQueueArn', 'The planner\'s work queue (order.changed events).', plannerQueue.queueArn);
    output('BouncesDLQArn', 'The bounces function\'s dead letters; replay into BouncesQueueArn.', bouncesDlq.queueArn);
    output('BouncesQueueArn', 'The bounces function\'s work queue (SES events).', bouncesQueue.queueArn);
    output('OrderNotificationsDLQArn', 'Amazon notifications that failed five times; replay into OrderNotificationsQueueArn.', notificationsDlq.queueArn);
    output('DispatcherDLQArn', 'Dispatcher ticks that failed; replay by invoking DispatcherFunctionName with each message\'s event.', dispatcherDlq.queueArn);
    output('DispatcherFunctionName', 'The dispatcher function (replaying its dead letters).', dispatcher.functionName);
    output('BouncesFunctionName', 'The bounces function (resuming a paused store: payload {"resume_store": "<id>"}).', bounces.functionName);
  }

  /**
   * Logical ids from construct ids: `Stack/PlannerQueue/Resource` becomes `PlannerQueue`, the
   * SAM template's name for it, instead of CDK's hashed `PlannerQueue1A2B3C4D`.
   */
  protected allocateLogicalId(element: CfnElement): string {
    const path = element.node.scopes.slice(2).map((c) => c.node.id).filter((id) => id !== 'Resource' && id !== 'Default');
    const name = path.join('').replace(/[^A-Za-z0-9]/g, '');
    return name || super.allocateLogicalId(element);
  }

  private emptySecret(id: string, description: string): secretsmanager.CfnSecret {
    const secret = new secretsmanager.CfnSecret(this, id, { description, secretString: '{}' });
    acceptChecks(secret, 'CKV_AWS_149');
    // A replacement would start empty: keep the old one and its keys.
    secret.cfnOptions.deletionPolicy = CfnDeletionPolicy.DELETE;
    secret.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
    return secret;
  }

  private sqsEncrypted(queue: sqs.Queue): sqs.Queue {
    acceptChecks(queue, 'CKV_AWS_27');
    return queue;
  }

  private queuePolicy(id: string, queue: sqs.Queue, statement: iam.PolicyStatement): sqs.CfnQueuePolicy {
    return new sqs.CfnQueuePolicy(this, id, {
      queues: [queue.queueUrl],
      policyDocument: new iam.PolicyDocument({ statements: [statement] }),
    });
  }

  private rustFunction(props: AftercareStackProps, crate: FunctionName, id: string, spec: FunctionSpec): lambda.Function {
    // The role SAM gives it: basic execution (logs), this function's statements and, for a
    // failure destination, SendMessage on that queue, all inline.
    const inlinePolicies: Record<string, iam.PolicyDocument> = {};
    if (spec.onFailure) {
      inlinePolicies[`${id}EventInvokeConfigOnFailureSQSPolicy`] = new iam.PolicyDocument({
        statements: [new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [spec.onFailure.queue.queueArn] })],
      });
    }
    inlinePolicies[`${id}RolePolicy0`] = new iam.PolicyDocument({ statements: spec.statements });
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')],
      inlinePolicies,
    });
    const options: lambda.FunctionOptions = {
      description: spec.description,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memorySize ?? 256,
      timeout: Duration.seconds(spec.timeout),
      environment: spec.environment,
      logGroup: spec.logGroup,
      // JSON log format: the functions already print one JSON object per line (tracing's JSON
      // with a "level" key, and the EMF lines), which Lambda passes on as they are; the format
      // is what lets the system log level leave out the START/END/REPORT lines.
      loggingFormat: lambda.LoggingFormat.JSON,
      systemLogLevelV2: lambda.SystemLogLevel[this.settings.systemLogLevel],
      role,
    };
    const fn = props.functionCode
      ? new lambda.Function(this, id, { ...options, runtime: lambda.Runtime.PROVIDED_AL2023, handler: 'bootstrap', code: props.functionCode })
      : new RustFunction(this, id, {
        ...options,
        manifestPath: join(REPO_ROOT, 'functions', crate, 'Cargo.toml'),
        binaryName: `aftercare-${crate}`,
        bundling: {
          architecture: lambda.Architecture.ARM_64,
          // The asset is the crate folder, but the binary also depends on the shared crates and the
          // packed config: hash what cargo-lambda built, so any of them changing redeploys.
          assetHashType: AssetHashType.OUTPUT,
          // What functions/lambda/build.rs reads: the config to pack and the sender to check it against.
          environment: {
            SENDER_IDENTITY: this.settings.senderIdentity,
            ...(props.configDir ? { AFTERCARE_CONFIG_DIR: props.configDir } : {}),
          },
        },
      });
    acceptChecks(fn, 'CKV_AWS_115', 'CKV_AWS_116', 'CKV_AWS_117', 'CKV_AWS_173');
    // The role is referenced (GetAtt) already; CDK's extra DependsOn on it only draws a lint warning.
    (fn.node.defaultChild as CfnResource).addDeletionOverride('DependsOn');
    if (spec.onFailure) {
      new lambda.CfnEventInvokeConfig(this, `${id}EventInvokeConfig`, {
        functionName: fn.functionName,
        qualifier: '$LATEST',
        maximumRetryAttempts: spec.onFailure.retries,
        maximumEventAgeInSeconds: spec.onFailure.maxAge,
        destinationConfig: { onFailure: { destination: spec.onFailure.queue.queueArn } },
      });
    }
    return fn;
  }

  private alarm(spec: AlarmSpec, topic: sns.CfnTopic, dimensionValue: Record<string, string>): void {
    const s = this.settings;
    const namespace = spec.namespace === 'METRICS' ? s.metricsNamespace : spec.namespace;
    const common = {
      alarmDescription: spec.description.replaceAll('${Stage}', s.stage),
      comparisonOperator: spec.comparison,
      threshold: spec.threshold,
      evaluationPeriods: spec.evaluationPeriods,
      treatMissingData: spec.missingData,
      alarmActions: [topic.ref],
      okActions: spec.okActions ? [topic.ref] : undefined,
    };
    if (spec.kind === 'rate') {
      new cloudwatch.CfnAlarm(this, spec.id, {
        ...common,
        metrics: [
          {
            id: 'rate',
            label: spec.label,
            expression: `IF(sent >= ${s.rateAlarmMinSends}, 100 * FILL(${spec.numeratorId}, 0) / sent, 0)`,
            returnData: true,
          },
          ...[[spec.numeratorId, spec.numerator], ['sent', 'EmailsSent']].map(([id, metricName]) => ({
            id,
            returnData: false,
            metricStat: { metric: { namespace, metricName }, period: spec.period, stat: spec.statistic },
          })),
        ],
      });
      return;
    }
    new cloudwatch.CfnAlarm(this, spec.id, {
      ...common,
      namespace,
      metricName: spec.metric,
      dimensions: spec.dimension ? [{ name: spec.dimension.name, value: dimensionValue[spec.dimension.of] }] : undefined,
      statistic: spec.statistic,
      period: spec.period,
    });
  }
}

interface FunctionSpec {
  readonly description: string;
  readonly timeout: number;
  readonly memorySize?: number;
  readonly logGroup: logs.ILogGroup;
  readonly environment: Record<string, string>;
  readonly statements: iam.PolicyStatement[];
  /** Failed asynchronous invocations: retries, then this queue. */
  readonly onFailure?: { queue: sqs.Queue; retries: number; maxAge: number };
}

function allow(sid: string, actions: string[], resources: string[]): iam.PolicyStatement {
  return new iam.PolicyStatement({ sid, effect: iam.Effect.ALLOW, actions, resources });
}

const DESCRIPTION =
  'Aftercare: polite, well-timed after-sales emails for Amazon sellers. Webhook ingest, Amazon order notifications, ' +
  'planner, per-zone dispatcher and SES bounce/opt-out handler over one DynamoDB table (deployed with the AWS CDK).';
