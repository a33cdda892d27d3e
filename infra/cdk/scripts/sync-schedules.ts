// Copies what the CDK app shares with template.yaml (the dispatcher schedules that
// scripts/gen-schedules writes there, and the dashboard body) into lib/, so both stacks deploy
// the same list. Run after scripts/gen-schedules or a dashboard change; the parity test fails
// until the two agree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCfnYaml } from '../lib/cfn-yaml';
import { extractDispatchSchedules, TEMPLATE_PATH } from '../lib/sam-template';

const template = loadCfnYaml(TEMPLATE_PATH);
const schedules = extractDispatchSchedules(template);
const lib = join(__dirname, '..', 'lib');
writeFileSync(join(lib, 'schedules.json'), JSON.stringify(schedules, null, 2) + '\n');
const body = template.Resources.Dashboard?.Properties?.DashboardBody?.['Fn::Sub'];
if (typeof body !== 'string') throw new Error(`${TEMPLATE_PATH}: Dashboard.Properties.DashboardBody is not a !Sub string`);
writeFileSync(join(lib, 'dashboard-body.json'), body);
console.log(`lib/schedules.json: ${schedules.length} dispatcher schedules; lib/dashboard-body.json: ${body.length} characters`);
