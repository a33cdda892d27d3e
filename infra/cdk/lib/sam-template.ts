// What the CDK app and its tests read out of the SAM template (template.yaml at the repository root).
import { join } from 'node:path';

export const TEMPLATE_PATH = join(__dirname, '..', '..', '..', 'template.yaml');

/** One dispatcher schedule: a window group, fired every 15 minutes through its window in its zone. */
export interface DispatchSchedule {
  /** Logical id in both templates. */
  readonly id: string;
  readonly name: string;
  readonly expression: string;
  readonly timezone: string;
  /** The `window_group` the dispatcher is invoked with. */
  readonly windowGroup: string;
}

/** The dispatcher's schedules in template.yaml, in template order. */
export function extractDispatchSchedules(template: any): DispatchSchedule[] {
  const out: DispatchSchedule[] = [];
  for (const [id, res] of Object.entries<any>(template.Resources ?? {})) {
    if (res.Type !== 'AWS::Scheduler::Schedule') continue;
    if (res.Properties?.Target?.Arn?.['Fn::GetAtt']?.[0] !== 'DispatcherFunction') continue;
    const p = res.Properties;
    const where = `template.yaml: Resources.${id}`;
    let input: any;
    try {
      input = JSON.parse(p.Target.Input);
    } catch (e) {
      throw new Error(`${where}.Properties.Target.Input: not JSON: ${(e as Error).message}`);
    }
    for (const [field, value] of [['Name', p.Name], ['ScheduleExpression', p.ScheduleExpression], ['ScheduleExpressionTimezone', p.ScheduleExpressionTimezone]]) {
      if (typeof value !== 'string') throw new Error(`${where}.Properties.${field}: expected a string`);
    }
    if (typeof input?.window_group !== 'string') throw new Error(`${where}.Properties.Target.Input: no window_group`);
    out.push({ id, name: p.Name, expression: p.ScheduleExpression, timezone: p.ScheduleExpressionTimezone, windowGroup: input.window_group });
  }
  return out;
}
