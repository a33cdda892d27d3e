// Parity: the CDK stack and template.yaml (SAM) deploy the same thing. Both are evaluated for the
// same settings and reduced to what must agree; any drift fails with a diff naming the resource.
// When template.yaml changes on purpose, change lib/ to match (schedules and the dashboard body:
// `npm run sync-schedules`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCfnYaml } from '../lib/cfn-yaml';
import type { AftercareSettings } from '../lib/props';
import { TEMPLATE_PATH } from '../lib/sam-template';
import * as v from './support/parity';

const CASES: Record<string, Partial<AftercareSettings>> = {
  'defaults (sender is an address)': { senderIdentity: 'care@shop.example.com' },
  'every setting given, new receipt rule set (sender is a domain)': {
    stage: 'staging',
    senderIdentity: 'shop.example.com',
    testAddress: 'qa@shop.example.com',
    webhookSecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:aftercare-webhook-AbC123',
    spApiSecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:aftercare-spapi-XyZ789',
    optOutNoticeRecipient: 'optout@shop.example.com',
    alarmEmail: 'ops@shop.example.com',
    metricsNamespace: 'Aftercare/Staging',
    rateAlarmMinSends: 10,
    logRetentionDays: 90,
    systemLogLevel: 'INFO',
  },
  'opt-out notices into an existing receipt rule set': {
    senderIdentity: 'care@shop.example.com',
    optOutNoticeRecipient: 'optout@shop.example.com',
    optOutReceiptRuleSetName: 'default-rule-set',
  },
};

const samTemplate = loadCfnYaml(TEMPLATE_PATH);
const pairs = Object.entries(CASES).map(([name, settings]) => ({ name, ...v.loadPair(settings, samTemplate) }));

describe('parity with template.yaml', () => {
  for (const { name, sam, cdk } of pairs) {
    describe(name, () => {
      it('has the same resources (SAM-generated ones under the ids SAM gives them)', () => {
        const samIds = v.inventory(sam);
        const cdkIds = v.inventory(cdk);
        const missing = Object.keys(samIds).filter((id) => cdkIds[id] !== samIds[id]).map((id) => `${id} (${samIds[id]})`);
        assert.deepEqual(missing, [], 'in template.yaml but not (or of another type) in the CDK stack');
        const extra = Object.keys(cdkIds).filter((id) => !(id in samIds) && !v.SAM_GENERATED.includes(id));
        assert.deepEqual(extra, [], 'in the CDK stack but not in template.yaml');
      });

      it('schedules: name, group, expression, time zone, target, role, input, flexible window, retries, dead letters', () => {
        const samSchedules = v.schedules(sam, true);
        assert.ok(samSchedules.length > 20, `only ${samSchedules.length} schedules read from template.yaml`);
        assert.deepEqual(v.schedules(cdk, false), samSchedules);
      });

      it('alarms: metric, namespace, statistic, period, evaluation periods, threshold, comparison, missing data, dimensions, actions', () => {
        const samAlarms = v.alarms(sam);
        assert.equal(samAlarms.length, 19);
        assert.deepEqual(v.alarms(cdk), samAlarms);
      });

      it('dashboard: name and body, widget by widget', () => {
        const want = v.dashboard(sam);
        assert.ok(want.body.widgets.length > 10);
        assert.deepEqual(v.dashboard(cdk), want);
      });

      it('IAM: each function role grants the same statements (actions and resources) and managed policies', () => {
        const want = v.functionIam(sam, true);
        assert.deepEqual(Object.keys(want).sort(), ['BouncesFunction', 'DispatcherFunction', 'IngestFunction', 'NotificationsFunction', 'PlannerFunction']);
        const got = v.functionIam(cdk, false);
        for (const fn of Object.keys(want)) {
          assert.deepEqual(v.actionResourceKinds(got[fn]), v.actionResourceKinds(want[fn]), `${fn}: actions per resource kind`);
          assert.deepEqual(got[fn], want[fn], `${fn}: statements`);
        }
      });

      it('IAM: the schedule roles grant the same', () => {
        assert.deepEqual(v.roleView(cdk, 'NotificationsFunctionCheckDeliveriesRole').statements.map((s) => [s.Action, s.Resource]),
          [[['lambda:InvokeFunction'], ['<att:NotificationsFunction.Arn>']]]);
        // DispatchScheduleRole is a plain role in both: compared with the other resources below.
      });

      it('table: keys, attributes, indexes (sparse due index), TTL, billing, recovery, encryption, retention', () => {
        assert.deepEqual(v.table(cdk), v.table(sam));
      });

      it('queues: visibility, retention, encryption, dead-letter queue and maxReceiveCount', () => {
        const want = v.queues(sam);
        assert.equal(Object.keys(want).length, 7);
        assert.deepEqual(v.queues(cdk), want);
      });

      it('functions: memory, timeout, architecture, runtime, environment (names and values), log group', () => {
        assert.deepEqual(v.functions(cdk), v.functions(sam));
      });

      it('functions: asynchronous invocation retries and failure destinations', () => {
        assert.deepEqual(v.asyncInvoke(cdk, false), v.asyncInvoke(sam, true));
      });

      it('log groups: names and retention', () => {
        assert.deepEqual(v.logGroups(cdk), v.logGroups(sam));
      });

      it('webhook API: route, payload format, throttling, access log', () => {
        assert.deepEqual(v.webhookApi(cdk, false), v.webhookApi(sam, true));
      });

      it('every other resource: properties, deletion policies and dependencies', () => {
        const want = v.otherResources(sam);
        const got = v.otherResources(cdk);
        for (const id of Object.keys(want)) assert.deepEqual(got[id], want[id], id);
      });

      it('checkov: each resource accepts the same findings', () => {
        const want = v.acceptedChecks(sam);
        assert.ok(Object.keys(want).length > 15);
        assert.deepEqual(v.acceptedChecks(cdk), want);
      });

      it('outputs: names, conditions and values', () => {
        assert.deepEqual(v.outputs(cdk), v.outputs(sam));
      });
    });
  }
});

// The check is only worth something if it notices a drift: change template.yaml (in memory) the
// ways it could drift and show the views no longer agree.
describe('parity check notices drift', () => {
  const settings = CASES['defaults (sender is an address)'];
  const { cdk } = pairs[0];
  const drifted = (edit: (t: any) => void) => {
    const t = structuredClone(samTemplate);
    edit(t);
    return v.loadPair(settings, t).sam;
  };

  it('a schedule in another time zone', () => {
    const sam = drifted((t) => { t.Resources.DispatchEuropeBerlin13001500Schedule.Properties.ScheduleExpressionTimezone = 'Europe/Paris'; });
    assert.notDeepEqual(v.schedules(cdk, false), v.schedules(sam, true));
  });

  it('an alarm threshold', () => {
    const sam = drifted((t) => { t.Resources.BounceRateAlarm.Properties.Threshold = 5; });
    assert.notDeepEqual(v.alarms(cdk), v.alarms(sam));
  });

  it('one more IAM action', () => {
    const sam = drifted((t) => { t.Resources.PlannerFunction.Properties.Policies[0].Statement[0].Action.push('dynamodb:DeleteItem'); });
    assert.notDeepEqual(v.functionIam(cdk, false).PlannerFunction, v.functionIam(sam, true).PlannerFunction);
  });

  it('a dashboard widget title', () => {
    const sam = drifted((t) => {
      const p = t.Resources.Dashboard.Properties;
      p.DashboardBody['Fn::Sub'] = p.DashboardBody['Fn::Sub'].replace('Emails sent per store', 'Emails per store');
    });
    assert.notDeepEqual(v.dashboard(cdk), v.dashboard(sam));
  });

  it('a queue setting and a function setting', () => {
    const sam = drifted((t) => {
      t.Resources.PlannerQueue.Properties.RedrivePolicy.maxReceiveCount = 3;
      t.Globals.Function.MemorySize = 128;
    });
    assert.notDeepEqual(v.queues(cdk), v.queues(sam));
    assert.notDeepEqual(v.functions(cdk), v.functions(sam));
  });

  it('a new resource', () => {
    const sam = drifted((t) => { t.Resources.ExtraTopic = { Type: 'AWS::SNS::Topic', Properties: {} }; });
    assert.ok(!('ExtraTopic' in v.inventory(cdk)) && 'ExtraTopic' in v.inventory(sam));
  });
});
