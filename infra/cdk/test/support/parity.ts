// Side-by-side views of the SAM template and the CDK-synthesized one, each reduced to what both
// must agree on, for the same settings. Views are plain data so a test can deepStrictEqual them
// and a drift shows as a diff naming the resource and field.
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AftercareStack } from '../../lib/aftercare-stack';
import { loadCfnYaml } from '../../lib/cfn-yaml';
import { type AftercareSettings, asSamParameters, resolveSettings } from '../../lib/props';
import { TEMPLATE_PATH } from '../../lib/sam-template';
import { applySamGlobals, canonicalPolicy, type Evaluated, evaluate, sortKeys } from './cfn-eval';

export const PLACEHOLDER_CODE = join(__dirname, '..', '..', 'assets', 'placeholder');

/** Synthesizes the CDK stack without building the functions. */
export function synthCdk(settings: Partial<AftercareSettings>): any {
  const app = new App();
  const stack = new AftercareStack(app, 'aftercare', { ...settings, functionCode: lambda.Code.fromAsset(PLACEHOLDER_CODE) });
  return Template.fromStack(stack).toJSON();
}

export interface Pair {
  readonly sam: Evaluated;
  readonly cdk: Evaluated;
}

/** Both templates evaluated for the same settings (SAM through its Parameters, CDK through props). */
export function loadPair(given: Partial<AftercareSettings>, samTemplate: any = loadCfnYaml(TEMPLATE_PATH)): Pair {
  const settings = resolveSettings(given);
  const sam = evaluate(applySamGlobals(samTemplate), asSamParameters(settings));
  const cdk = evaluate(synthCdk(settings), {});
  return { sam, cdk };
}

const FUNCTION_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Lambda::Function']);
const refId = (v: any): string => {
  const m = /^<(?:ref|att):([A-Za-z0-9]+)(?:\.[A-Za-z.]+)?>$/.exec(String(v));
  if (!m) throw new Error(`expected a reference, got ${JSON.stringify(v)}`);
  return m[1];
};
const byId = <T>(list: (T & { id: string })[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

// --- schedules ----------------------------------------------------------------------------------

export interface ScheduleView {
  id: string; name: string; group?: string; expression: string; timezone?: string; flexibleWindow: any;
  target: string; role: string; input?: string; retry?: any; deadLetters?: string; state?: string;
}

function scheduleView(id: string, p: any): ScheduleView {
  return sortKeys({
    id,
    name: p.Name ?? id,
    group: p.GroupName,
    expression: p.ScheduleExpression,
    timezone: p.ScheduleExpressionTimezone,
    flexibleWindow: p.FlexibleTimeWindow,
    target: refId(p.Target.Arn),
    role: refId(p.Target.RoleArn),
    input: p.Target.Input,
    retry: p.Target.RetryPolicy,
    deadLetters: p.Target.DeadLetterConfig ? refId(p.Target.DeadLetterConfig.Arn) : undefined,
    state: p.State,
  });
}

export function schedules(side: Evaluated, isSam: boolean): ScheduleView[] {
  const out: ScheduleView[] = [];
  for (const [id, r] of Object.entries(side.resources)) {
    if (r.Type === 'AWS::Scheduler::Schedule') out.push(scheduleView(id, r.Properties));
    if (isSam && r.Type === 'AWS::Serverless::Function') {
      // SAM turns a ScheduleV2 event into a schedule named <function><event>, with a role of its own.
      for (const [event, e] of Object.entries<any>(r.Properties.Events ?? {})) {
        if (e.Type !== 'ScheduleV2') continue;
        const p = e.Properties;
        out.push(scheduleView(`${id}${event}`, {
          Name: p.Name ?? `${id}${event}`,
          GroupName: p.GroupName,
          ScheduleExpression: p.ScheduleExpression,
          ScheduleExpressionTimezone: p.ScheduleExpressionTimezone,
          FlexibleTimeWindow: p.FlexibleTimeWindow,
          State: p.State,
          Target: {
            Arn: `<att:${id}.Arn>`,
            RoleArn: p.RoleArn ?? `<att:${id}${event}Role.Arn>`,
            Input: p.Input,
            RetryPolicy: p.RetryPolicy,
            DeadLetterConfig: p.DeadLetterConfig?.Arn ? { Arn: p.DeadLetterConfig.Arn } : undefined,
          },
        }));
      }
    }
  }
  return byId(out);
}

// --- alarms ----------------------------------------------------------------------------------------

export function alarms(side: Evaluated): any[] {
  return byId(Object.entries(side.resources)
    .filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm')
    .map(([id, r]) => {
      const p = r.Properties;
      return sortKeys({
        id,
        metric: p.MetricName,
        namespace: p.Namespace,
        statistic: p.Statistic,
        period: p.Period,
        evaluationPeriods: p.EvaluationPeriods,
        threshold: Number(p.Threshold),
        comparison: p.ComparisonOperator,
        missingData: p.TreatMissingData,
        dimensions: p.Dimensions?.map((d: any) => ({ name: d.Name, value: d.Value })),
        metrics: p.Metrics,
        alarmActions: p.AlarmActions,
        okActions: p.OKActions,
      });
    }));
}

// --- dashboard ----------------------------------------------------------------------------------------

export function dashboard(side: Evaluated): { name: string; body: any } {
  const d = side.resources.Dashboard;
  if (!d) throw new Error('no Dashboard resource');
  return { name: d.Properties.DashboardName, body: JSON.parse(d.Properties.DashboardBody) };
}

// --- IAM ------------------------------------------------------------------------------------------------

export interface RoleView { managed: string[]; statements: any[] }

/** What each function's role allows: managed policies (by name) and every statement, canonical. */
export function functionIam(side: Evaluated, isSam: boolean): Record<string, RoleView> {
  const out: Record<string, RoleView> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (!FUNCTION_TYPES.has(r.Type)) continue;
    const p = r.Properties;
    if (isSam) {
      const statements = (p.Policies ?? []).flatMap((doc: any) => {
        if (typeof doc === 'string') throw new Error(`${id}: named policy ${doc} not handled`);
        return canonicalPolicy(doc);
      });
      const onFailure = p.EventInvokeConfig?.DestinationConfig?.OnFailure;
      if (onFailure?.Type === 'SQS') {
        // SAM's implicit statement for an SQS failure destination.
        statements.push(...canonicalPolicy({ Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: onFailure.Destination }] }));
      }
      out[id] = { managed: ['AWSLambdaBasicExecutionRole'], statements: sortStatements(statements) };
    } else {
      out[id] = roleView(side, refId(p.Role));
    }
  }
  return out;
}

export function roleView(side: Evaluated, roleId: string): RoleView {
  const role = side.resources[roleId];
  if (!role || role.Type !== 'AWS::IAM::Role') throw new Error(`${roleId}: not a role`);
  const statements = (role.Properties.Policies ?? []).flatMap((p: any) => canonicalPolicy(p.PolicyDocument));
  for (const r of Object.values(side.resources)) {
    if (r.Type === 'AWS::IAM::Policy' && (r.Properties.Roles ?? []).includes(`<ref:${roleId}>`)) {
      statements.push(...canonicalPolicy(r.Properties.PolicyDocument));
    }
  }
  const managed = (role.Properties.ManagedPolicyArns ?? []).map((a: string) => a.split('/').pop()!).sort();
  return { managed, statements: sortStatements(statements) };
}

function sortStatements(list: any[]): any[] {
  return [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Every (action, resource) a role grants, the resource reduced to its kind (table, index, queue, ...). */
export function actionResourceKinds(view: RoleView): string[] {
  const kinds = new Set<string>();
  for (const s of view.statements) {
    for (const a of s.Action) for (const r of s.Resource) kinds.add(`${a} on ${resourceKind(r)}`);
  }
  return [...kinds].sort();
}

function resourceKind(r: string): string {
  if (r === '*') return '*';
  const ref = /^<(?:ref|att):([A-Za-z0-9]+)[^>]*>(.*)$/.exec(r);
  if (ref) return `${ref[1]}${ref[2]}`;
  const arn = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:([^/]+)\//.exec(r);
  return arn ? `${arn[1]}:${arn[2]}` : r;
}

// --- functions, table, queues, log groups ----------------------------------------------------------------

export function functions(side: Evaluated): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (!FUNCTION_TYPES.has(r.Type)) continue;
    const p = r.Properties;
    out[id] = sortKeys({
      memory: p.MemorySize,
      timeout: p.Timeout,
      architectures: p.Architectures,
      runtime: p.Runtime,
      handler: p.Handler,
      description: p.Description,
      envNames: Object.keys(p.Environment?.Variables ?? {}).sort(),
      env: p.Environment?.Variables,
      logGroup: p.LoggingConfig?.LogGroup,
      logFormat: p.LoggingConfig?.LogFormat,
      systemLogLevel: p.LoggingConfig?.SystemLogLevel,
      applicationLogLevel: p.LoggingConfig?.ApplicationLogLevel,
    });
  }
  return out;
}

/** Asynchronous-invocation settings (retries, age, failure destination) per function. */
export function asyncInvoke(side: Evaluated, isSam: boolean): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (isSam && r.Type === 'AWS::Serverless::Function' && r.Properties.EventInvokeConfig) {
      const c = r.Properties.EventInvokeConfig;
      out[id] = { retries: c.MaximumRetryAttempts, maxAge: c.MaximumEventAgeInSeconds, onFailure: c.DestinationConfig?.OnFailure?.Destination };
    }
    if (!isSam && r.Type === 'AWS::Lambda::EventInvokeConfig') {
      const c = r.Properties;
      out[refId(c.FunctionName)] = { retries: c.MaximumRetryAttempts, maxAge: c.MaximumEventAgeInSeconds, onFailure: c.DestinationConfig?.OnFailure?.Destination };
    }
  }
  return out;
}

export function table(side: Evaluated): any {
  const t = side.resources.AftercareTable;
  const p = t.Properties;
  return sortKeys({
    deletionPolicy: t.DeletionPolicy,
    updateReplacePolicy: t.UpdateReplacePolicy,
    billing: p.BillingMode,
    keys: p.KeySchema,
    attributes: [...p.AttributeDefinitions].sort((a: any, b: any) => a.AttributeName.localeCompare(b.AttributeName)),
    indexes: [...(p.GlobalSecondaryIndexes ?? [])].sort((a: any, b: any) => a.IndexName.localeCompare(b.IndexName)),
    ttl: p.TimeToLiveSpecification,
    pointInTimeRecovery: p.PointInTimeRecoverySpecification,
    sse: p.SSESpecification,
  });
}

export function queues(side: Evaluated): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (r.Type !== 'AWS::SQS::Queue') continue;
    const p = r.Properties;
    out[id] = sortKeys({
      visibility: p.VisibilityTimeout ?? 30,
      retention: p.MessageRetentionPeriod ?? 345600,
      sseSqs: p.SqsManagedSseEnabled,
      deadLetters: p.RedrivePolicy ? refId(p.RedrivePolicy.deadLetterTargetArn) : undefined,
      maxReceiveCount: p.RedrivePolicy?.maxReceiveCount,
      deletionPolicy: r.DeletionPolicy ?? 'Delete',
    });
  }
  return out;
}

export function logGroups(side: Evaluated): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (r.Type !== 'AWS::Logs::LogGroup') continue;
    out[id] = { name: r.Properties.LogGroupName, retentionDays: Number(r.Properties.RetentionInDays) };
  }
  return out;
}

// --- the webhook API ------------------------------------------------------------------------------------

export function webhookApi(side: Evaluated, isSam: boolean): any {
  if (isSam) {
    const api = side.resources.WebhookApi.Properties;
    const routes: any[] = [];
    for (const [fnId, r] of Object.entries(side.resources)) {
      if (r.Type !== 'AWS::Serverless::Function') continue;
      for (const e of Object.values<any>(r.Properties.Events ?? {})) {
        if (e.Type !== 'HttpApi') continue;
        routes.push({ route: `${e.Properties.Method.toUpperCase()} ${e.Properties.Path}`, function: fnId, payload: e.Properties.PayloadFormatVersion });
      }
    }
    return sortKeys({
      throttle: api.DefaultRouteSettings,
      accessLog: { destination: api.AccessLogSettings.DestinationArn, format: api.AccessLogSettings.Format },
      routes,
    });
  }
  const stage = side.resources.WebhookApiApiGatewayDefaultStage.Properties;
  const integrations: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (r.Type === 'AWS::ApiGatewayV2::Integration') integrations[id] = r.Properties;
  }
  const routes = Object.values(side.resources)
    .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
    .map((r) => {
      const integ = integrations[/integrations\/<ref:([A-Za-z0-9]+)>/.exec(r.Properties.Target)![1]];
      return { route: r.Properties.RouteKey, function: refId(integ.IntegrationUri), payload: integ.PayloadFormatVersion };
    });
  return sortKeys({
    throttle: stage.DefaultRouteSettings,
    accessLog: { destination: stage.AccessLogSettings.DestinationArn, format: stage.AccessLogSettings.Format },
    routes,
  });
}

// --- everything else, resource by resource -----------------------------------------------------------

/** Types compared field by field by the views above. */
const COVERED = new Set([
  'AWS::Serverless::Function', 'AWS::Serverless::HttpApi', 'AWS::Scheduler::Schedule', 'AWS::CloudWatch::Alarm',
  'AWS::CloudWatch::Dashboard', 'AWS::DynamoDB::Table', 'AWS::SQS::Queue', 'AWS::Logs::LogGroup',
]);

/** The remaining resources of the SAM template, properties evaluated and put in one canonical shape. */
export function otherResources(side: Evaluated): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [id, r] of Object.entries(side.resources)) {
    if (!id || COVERED.has(r.Type)) continue;
    out[id] = sortKeys({
      type: r.Type,
      deletionPolicy: r.DeletionPolicy ?? 'Delete',
      updateReplacePolicy: r.UpdateReplacePolicy ?? 'Delete',
      dependsOn: r.DependsOn === undefined ? undefined : [r.DependsOn].flat().sort(),
      properties: canonicalProperties(r.Type, r.Properties),
    });
  }
  return out;
}

function canonicalProperties(type: string, p: any): any {
  switch (type) {
    case 'AWS::SQS::QueuePolicy':
    case 'AWS::SNS::TopicPolicy':
    case 'AWS::S3::BucketPolicy':
      return { ...p, PolicyDocument: canonicalPolicy(p.PolicyDocument) };
    case 'AWS::IAM::Role':
      return {
        ...p,
        AssumeRolePolicyDocument: canonicalPolicy(p.AssumeRolePolicyDocument),
        Policies: Object.fromEntries((p.Policies ?? []).map((x: any) => [x.PolicyName, canonicalPolicy(x.PolicyDocument)])),
      };
    default:
      return p;
  }
}

/** Resources SAM generates from its own resource types, under the logical ids SAM gives them. */
export const SAM_GENERATED = [
  'WebhookApiApiGatewayDefaultStage',
  'IngestFunctionRole', 'NotificationsFunctionRole', 'PlannerFunctionRole', 'DispatcherFunctionRole', 'BouncesFunctionRole',
  'PlannerFunctionEventInvokeConfig', 'DispatcherFunctionEventInvokeConfig', 'BouncesFunctionEventInvokeConfig',
  'NotificationsFunctionCheckDeliveries', 'NotificationsFunctionCheckDeliveriesRole',
  // SAM writes the webhook route into the API's OpenAPI body; CDK makes a route, an integration
  // and the invoke permission resources of their own.
  'WebhookApiPOSTorders', 'WebhookApiPOSTordersIngestIntegration', 'WebhookApiPOSTordersIngestIntegrationPermission',
];

/** Logical ids and types of both stacks (SAM types mapped to what they deploy as). */
export function inventory(side: Evaluated): Record<string, string> {
  const deployedAs: Record<string, string> = {
    'AWS::Serverless::Function': 'AWS::Lambda::Function',
    'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  };
  return Object.fromEntries(Object.entries(side.resources).map(([id, r]) => [id, deployedAs[r.Type] ?? r.Type]));
}

/** The checkov findings each resource accepts (ids only; the reasons are worded per template). */
export function acceptedChecks(side: Evaluated): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, r] of Object.entries<any>(side.resources)) {
    const skips = r.Metadata?.checkov?.skip;
    if (skips) out[id] = skips.map((x: any) => x.id).sort();
  }
  return out;
}

export function outputs(side: Evaluated): Record<string, any> {
  return Object.fromEntries(Object.entries(side.outputs).map(([id, o]) => [id, o.Value]));
}
