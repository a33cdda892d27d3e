// The stack's 19 alarms, as data. `${Stage}` in a description is the stage name; the namespace
// METRICS is the functions' own (the metricsNamespace setting). Every alarm notifies the alarm
// topic; those with okActions also say when it is over.

interface AlarmBase {
  readonly id: string;
  readonly description: string;
  readonly comparison: 'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold';
  readonly threshold: number;
  readonly evaluationPeriods: number;
  readonly missingData: 'notBreaching';
  readonly period: number;
  readonly statistic: 'Sum' | 'Maximum';
  readonly okActions: boolean;
}

/** A rate over all stores: 100 * numerator / EmailsSent over the period, quiet below rateAlarmMinSends sends. */
export interface RateAlarm extends AlarmBase {
  readonly kind: 'rate';
  readonly label: string;
  readonly numeratorId: string;
  readonly numerator: string;
  readonly namespace: 'METRICS';
}

export interface MetricAlarm extends AlarmBase {
  readonly kind: 'metric';
  readonly namespace: string;
  readonly metric: string;
  /** A dimension whose value is the name of one of the stack's functions or queues (by logical id). */
  readonly dimension?: { readonly name: string; readonly of: string };
}

export type AlarmSpec = RateAlarm | MetricAlarm;

const quiet = { evaluationPeriods: 1, missingData: 'notBreaching' } as const;

const functionErrors = (id: string, fn: string, what: string): MetricAlarm => ({
  kind: 'metric', id, ...quiet,
  description: `Aftercare \${Stage}: the ${what} function failed (Errors > 0).`,
  namespace: 'AWS/Lambda', metric: 'Errors', dimension: { name: 'FunctionName', of: fn },
  statistic: 'Sum', period: 300, threshold: 0, comparison: 'GreaterThanThreshold', okActions: true,
});

const dlqDepth = (id: string, queue: string, description: string): MetricAlarm => ({
  kind: 'metric', id, ...quiet,
  description: `Aftercare \${Stage}: ${description}`,
  namespace: 'AWS/SQS', metric: 'ApproximateNumberOfMessagesVisible', dimension: { name: 'QueueName', of: queue },
  statistic: 'Maximum', period: 300, threshold: 0, comparison: 'GreaterThanThreshold', okActions: true,
});

const ownCount = (id: string, metric: string, period: number, threshold: number, comparison: AlarmBase['comparison'], okActions: boolean, description: string): MetricAlarm => ({
  kind: 'metric', id, ...quiet, description, namespace: 'METRICS', metric, statistic: 'Sum', period, threshold, comparison, okActions,
});

export const ALARMS: readonly AlarmSpec[] = [
  // Six-hour sums over the store-less aggregate series cover a whole US sending window.
  {
    kind: 'rate', id: 'BounceRateAlarm', ...quiet,
    description: 'Aftercare ${Stage}: bounced / sent >= 4 % over six hours (SES reviews accounts at 5 %). See the per-store bounce widget on the dashboard for the store behind it.',
    label: 'Bounce rate (%)', numeratorId: 'bounced', numerator: 'EmailsBounced', namespace: 'METRICS',
    statistic: 'Sum', period: 21600, threshold: 4, comparison: 'GreaterThanOrEqualToThreshold', okActions: true,
  },
  {
    kind: 'rate', id: 'ComplaintRateAlarm', ...quiet,
    description: 'Aftercare ${Stage}: complaints / sent >= 0.08 % over six hours (SES reviews accounts at 0.1 %).',
    label: 'Complaint rate (%)', numeratorId: 'complained', numerator: 'EmailsComplained', namespace: 'METRICS',
    statistic: 'Sum', period: 21600, threshold: 0.08, comparison: 'GreaterThanOrEqualToThreshold', okActions: true,
  },
  // SES's own account-wide reputation, below its review thresholds.
  {
    kind: 'metric', id: 'SesReputationBounceAlarm', ...quiet,
    description: 'Aftercare ${Stage}: SES account reputation bounce rate >= 4 % (review at 5 %).',
    namespace: 'AWS/SES', metric: 'Reputation.BounceRate', statistic: 'Maximum', period: 3600,
    threshold: 0.04, comparison: 'GreaterThanOrEqualToThreshold', okActions: true,
  },
  {
    kind: 'metric', id: 'SesReputationComplaintAlarm', ...quiet,
    description: 'Aftercare ${Stage}: SES account reputation complaint rate >= 0.08 % (review at 0.1 %).',
    namespace: 'AWS/SES', metric: 'Reputation.ComplaintRate', statistic: 'Maximum', period: 3600,
    threshold: 0.0008, comparison: 'GreaterThanOrEqualToThreshold', okActions: true,
  },
  ownCount('StorePausedAlarm', 'StorePaused', 300, 1, 'GreaterThanOrEqualToThreshold', false,
    'Aftercare ${Stage}: the bounce circuit breaker paused a store. The bounces function\'s log says which store and why; resume it deliberately once the cause is fixed.'),
  ownCount('EmailsFailedAlarm', 'EmailsFailed', 3600, 1, 'GreaterThanOrEqualToThreshold', true,
    'Aftercare ${Stage}: emails failed in the last hour. The dispatcher\'s log names each send and SES\'s reason (addresses redacted).'),
  ownCount('SendsLeftAtWindowCloseAlarm', 'SendsLeftAtWindowClose', 3600, 1, 'GreaterThanOrEqualToThreshold', false,
    'Aftercare ${Stage}: a send window closed with emails still due (SES rate or quota too low for the day\'s volume). They wait for the window\'s next opening.'),
  ownCount('UnscheduledSendsAlarm', 'UnscheduledSends', 300, 1, 'GreaterThanOrEqualToThreshold', false,
    'Aftercare ${Stage}: the planner stored sends in a window group no dispatcher schedule serves; they will not leave. The planner\'s log names the sends and groups: run scripts/gen-schedules and npm run sync-schedules in infra/cdk, then deploy.'),
  // A function refused the published config (it keeps the last version it loaded).
  ownCount('ConfigRejectedAlarm', 'ConfigRejected', 300, 1, 'GreaterThanOrEqualToThreshold', true,
    'Aftercare ${Stage}: a function refused the config published to the config bucket and keeps running the last version it loaded. The function\'s log names the version and each problem; fix the config folder and run aftercare config push again (it checks the same rules before publishing).'),
  ownCount('NotificationsDroppedAlarm', 'NotificationsDropped', 3600, 0, 'GreaterThanThreshold', true,
    'Aftercare ${Stage}: Amazon order notifications were dropped in the last hour. The notifications function\'s log names each message, the reason and the field; the dashboard shows the reasons.'),
  functionErrors('NotificationsErrorsAlarm', 'NotificationsFunction', 'notifications'),
  functionErrors('IngestErrorsAlarm', 'IngestFunction', 'ingest'),
  functionErrors('PlannerErrorsAlarm', 'PlannerFunction', 'planner'),
  functionErrors('DispatcherErrorsAlarm', 'DispatcherFunction', 'dispatcher'),
  functionErrors('BouncesErrorsAlarm', 'BouncesFunction', 'bounces'),
  dlqDepth('PlannerDLQAlarm', 'PlannerDLQ', 'order events the planner could not handle are waiting in its DLQ.'),
  dlqDepth('DispatcherDLQAlarm', 'DispatcherDLQ', 'dispatcher ticks that failed are waiting in its DLQ.'),
  dlqDepth('BouncesDLQAlarm', 'BouncesDLQ', 'SES events or opt-out notices the bounce handler could not record are waiting in its DLQ.'),
  dlqDepth('OrderNotificationsDLQAlarm', 'OrderNotificationsDLQ', 'Amazon order notifications that could not be stored after five tries are waiting in their DLQ.'),
];
