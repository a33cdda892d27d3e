// The stack's settings: the same ones, defaults and checks as the SAM template's Parameters.

/** Log retentions CloudWatch Logs accepts that the stack offers (template.yaml's AllowedValues). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365] as const;

/** Levels of Lambda's own (system) log records the stack offers (template.yaml's AllowedValues). */
export const SYSTEM_LOG_LEVELS = ['WARN', 'INFO', 'DEBUG'] as const;
export type SystemLogLevelName = (typeof SYSTEM_LOG_LEVELS)[number];

export interface AftercareSettings {
  /** Deployment stage; part of the bus, configuration set, schedule group and dashboard names. */
  readonly stage: string;
  /** Verified SES identity the emails are sent from: a domain or an address. */
  readonly senderIdentity: string;
  /** Fallback recipient for campaigns in `test` status whose store has no test address ('' = none). */
  readonly testAddress: string;
  /** ARN of an existing webhook-secrets secret ('' = the stack creates an empty one). */
  readonly webhookSecretArn: string;
  /** ARN of an existing SP-API credentials secret ('' = the stack creates an empty one). */
  readonly spApiSecretArn: string;
  /** Address Seller Central sends buyer opt-out notices to ('' = no receipt rule). */
  readonly optOutNoticeRecipient: string;
  /** The account's active receipt rule set to add the opt-out rule to ('' = the stack creates one). */
  readonly optOutReceiptRuleSetName: string;
  /** Address subscribed to the alarm topic ('' = none). */
  readonly alarmEmail: string;
  /** CloudWatch namespace of the functions' metrics. */
  readonly metricsNamespace: string;
  /** Emails sent in six hours below which the bounce and complaint rate alarms stay quiet. */
  readonly rateAlarmMinSends: number;
  /** Days the functions' and the webhook's logs are kept. */
  readonly logRetentionDays: number;
  /**
   * Level of Lambda's own records in the functions' JSON logs. WARN leaves out the START and
   * REPORT records of every invocation; INFO brings back the START and REPORT lines (each invocation's
   * duration, billed duration and memory used).
   */
  readonly systemLogLevel: SystemLogLevelName;
}

export const DEFAULTS: Omit<AftercareSettings, 'senderIdentity'> = {
  stage: 'prod',
  testAddress: '',
  webhookSecretArn: '',
  spApiSecretArn: '',
  optOutNoticeRecipient: '',
  optOutReceiptRuleSetName: '',
  alarmEmail: '',
  metricsNamespace: 'Aftercare',
  rateAlarmMinSends: 50,
  logRetentionDays: 30,
  systemLogLevel: 'WARN',
};

const SECRET_ARN = /^$|^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+-[A-Za-z0-9]{6}$/;

/** The settings with defaults filled in; throws naming the setting when one is out of range. */
export function resolveSettings(given: Partial<AftercareSettings>): AftercareSettings {
  const keys = [...Object.keys(DEFAULTS), 'senderIdentity'] as (keyof AftercareSettings)[];
  const defined = Object.fromEntries(keys.filter((k) => given[k] !== undefined).map((k) => [k, given[k]]));
  const s = { ...DEFAULTS, ...defined } as AftercareSettings;
  const fail = (name: keyof AftercareSettings, why: string): never => {
    throw new Error(`setting ${name}=${JSON.stringify(s[name])}: ${why}`);
  };
  if (typeof s.senderIdentity !== 'string' || s.senderIdentity.length < 3) {
    fail('senderIdentity', 'required: the verified SES domain or address the emails are sent from (at least 3 characters)');
  }
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(s.stage)) fail('stage', 'expected ^[a-z][a-z0-9-]{0,19}$');
  if (!/^[A-Za-z0-9._/#:-]{1,255}$/.test(s.metricsNamespace)) fail('metricsNamespace', 'expected ^[A-Za-z0-9._/#:-]{1,255}$');
  if (!SECRET_ARN.test(s.webhookSecretArn)) fail('webhookSecretArn', 'expected empty or a full Secrets Manager secret ARN');
  if (!SECRET_ARN.test(s.spApiSecretArn)) fail('spApiSecretArn', 'expected empty or a full Secrets Manager secret ARN');
  if (!Number.isInteger(s.rateAlarmMinSends) || s.rateAlarmMinSends < 1) fail('rateAlarmMinSends', 'expected a whole number of at least 1');
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(s.logRetentionDays)) {
    fail('logRetentionDays', `expected one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }
  if (!(SYSTEM_LOG_LEVELS as readonly string[]).includes(s.systemLogLevel)) {
    fail('systemLogLevel', `expected one of ${SYSTEM_LOG_LEVELS.join(', ')}`);
  }
  return s;
}

/** The same settings under their SAM parameter names (what `sam deploy --parameter-overrides` takes). */
export function asSamParameters(s: AftercareSettings): Record<string, string> {
  return {
    Stage: s.stage,
    SenderIdentity: s.senderIdentity,
    TestAddress: s.testAddress,
    WebhookSecretArn: s.webhookSecretArn,
    SpApiSecretArn: s.spApiSecretArn,
    OptOutNoticeRecipient: s.optOutNoticeRecipient,
    OptOutReceiptRuleSetName: s.optOutReceiptRuleSetName,
    AlarmEmail: s.alarmEmail,
    MetricsNamespace: s.metricsNamespace,
    RateAlarmMinSends: String(s.rateAlarmMinSends),
    LogRetentionDays: String(s.logRetentionDays),
    LambdaSystemLogLevel: s.systemLogLevel,
  };
}
