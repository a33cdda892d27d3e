#!/usr/bin/env node
// The CDK app: one Aftercare stack. Settings come from context (-c senderIdentity=care@shop.example.com
// -c stage=prod ...), the same ones as the SAM template's parameters; -c bundling=false synthesizes
// without building the functions (a placeholder asset instead), as the tests and CI do.
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { AftercareStack } from '../lib/aftercare-stack';
import type { AftercareSettings } from '../lib/props';

const app = new App();
const ctx = (key: string): string | undefined => {
  const v = app.node.tryGetContext(key);
  return v === undefined || v === null ? undefined : String(v);
};
const num = (key: string): number | undefined => {
  const v = ctx(key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`context ${key}=${JSON.stringify(v)}: expected a number`);
  return n;
};
const settings: Partial<AftercareSettings> = {
  stage: ctx('stage'),
  senderIdentity: ctx('senderIdentity'),
  testAddress: ctx('testAddress'),
  webhookSecretArn: ctx('webhookSecretArn'),
  spApiSecretArn: ctx('spApiSecretArn'),
  optOutNoticeRecipient: ctx('optOutNoticeRecipient'),
  optOutReceiptRuleSetName: ctx('optOutReceiptRuleSetName'),
  alarmEmail: ctx('alarmEmail'),
  metricsNamespace: ctx('metricsNamespace'),
  rateAlarmMinSends: num('rateAlarmMinSends'),
  logRetentionDays: num('logRetentionDays'),
  systemLogLevel: ctx('systemLogLevel') as AftercareSettings['systemLogLevel'] | undefined,
};
const bundling = ctx('bundling') !== 'false';

new AftercareStack(app, ctx('stackName') ?? 'aftercare', {
  ...settings,
  configDir: ctx('configDir'),
  functionCode: bundling ? undefined : lambda.Code.fromAsset(join(__dirname, '..', 'assets', 'placeholder')),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
app.synth();
