// Evaluates a CloudFormation template's intrinsics for given parameter values, so a SAM template
// (parameters, !Sub, !If) and a CDK one (values fixed at synth, Fn::Join) can be compared:
//   Ref to a parameter      -> its value
//   Ref to a resource       -> "<ref:LogicalId>"
//   GetAtt                  -> "<att:LogicalId.Attribute>"
//   Ref to AWS::Region etc. -> "${AWS::Region}" (the same text !Sub leaves for it)
// Conditions are decided, resources and outputs whose condition is false are dropped.

export const NO_VALUE = Symbol('AWS::NoValue');

export interface Evaluated {
  readonly resources: Record<string, { Type: string; Properties: any; DeletionPolicy?: string; UpdateReplacePolicy?: string; DependsOn?: any; Metadata?: any }>;
  readonly outputs: Record<string, { Value: any; Description?: string }>;
  readonly conditions: Record<string, boolean>;
}

export function evaluate(template: any, params: Record<string, string>): Evaluated {
  const values: Record<string, string> = {};
  for (const [name, p] of Object.entries<any>(template.Parameters ?? {})) {
    if (name in params) values[name] = params[name];
    else if (p.Default !== undefined) values[name] = String(p.Default);
  }
  const resourceIds = new Set(Object.keys(template.Resources ?? {}));
  const conditions: Record<string, boolean> = {};
  const condDefs = template.Conditions ?? {};
  const ev: Evaluator = new Evaluator(values, resourceIds, (name): boolean => {
    if (!(name in conditions)) {
      if (!(name in condDefs)) throw new Error(`unknown condition ${name}`);
      conditions[name] = Boolean(ev.value(condDefs[name]));
    }
    return conditions[name];
  });
  for (const name of Object.keys(condDefs)) ev.condition(name);

  const resources: Evaluated['resources'] = {};
  for (const [id, res] of Object.entries<any>(template.Resources ?? {})) {
    if (res.Condition && !ev.condition(res.Condition)) continue;
    resources[id] = { ...res, Properties: ev.value(res.Properties ?? {}) };
  }
  const outputs: Evaluated['outputs'] = {};
  for (const [id, out] of Object.entries<any>(template.Outputs ?? {})) {
    if (out.Condition && !ev.condition(out.Condition)) continue;
    outputs[id] = { Value: ev.value(out.Value), Description: out.Description };
  }
  return { resources, outputs, conditions };
}

class Evaluator {
  constructor(
    private readonly params: Record<string, string>,
    private readonly resources: Set<string>,
    readonly condition: (name: string) => boolean,
  ) {}

  value(node: any): any {
    if (Array.isArray(node)) return node.map((n) => this.value(n)).filter((v) => v !== NO_VALUE);
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    if (keys.length === 1) {
      const [k] = keys;
      const arg = node[k];
      switch (k) {
        case 'Ref': return this.ref(arg);
        case 'Fn::GetAtt': {
          const [id, attr] = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : arg;
          return `<att:${id}.${attr}>`;
        }
        case 'Fn::Sub': return this.sub(arg);
        case 'Fn::Join': {
          const [sep, parts] = arg;
          return (this.value(parts) as any[]).map((p) => this.str(p, 'Fn::Join')).join(sep);
        }
        case 'Fn::Select': {
          const [i, list] = arg;
          const items = this.value(list);
          if (!Array.isArray(items)) throw new Error(`Fn::Select over ${JSON.stringify(items)}`);
          return items[Number(this.value(i))];
        }
        case 'Fn::Split': {
          const [sep, s] = arg;
          return this.str(this.value(s), 'Fn::Split').split(sep);
        }
        case 'Fn::If': {
          const [cond, yes, no] = arg;
          return this.value(this.condition(cond) ? yes : no);
        }
        case 'Fn::Equals': {
          const [a, b] = arg.map((x: any) => this.value(x));
          return JSON.stringify(a) === JSON.stringify(b);
        }
        case 'Fn::Not': return !this.value(arg[0]);
        case 'Fn::And': return arg.every((x: any) => this.value(x));
        case 'Fn::Or': return arg.some((x: any) => this.value(x));
        case 'Condition': return this.condition(arg);
        default:
          if (k.startsWith('Fn::')) throw new Error(`cannot evaluate ${k}`);
      }
    }
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(node)) {
      const r = this.value(v);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  private ref(name: string): any {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name.startsWith('AWS::')) return `\${${name}}`;
    if (name in this.params) return this.params[name];
    if (this.resources.has(name)) return `<ref:${name}>`;
    throw new Error(`Ref to unknown ${name}`);
  }

  private sub(arg: any): string {
    const [text, vars] = typeof arg === 'string' ? [arg, {}] : arg;
    const resolved: Record<string, any> = {};
    for (const [k, v] of Object.entries<any>(vars ?? {})) resolved[k] = this.value(v);
    return (text as string).replace(/\$\{(!?)([^}]*)\}/g, (_m, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      if (name in resolved) return this.str(resolved[name], `\${${name}}`);
      if (name.startsWith('AWS::')) return `\${${name}}`;
      if (name in this.params) return this.params[name];
      const dot = name.indexOf('.');
      if (dot > 0 && this.resources.has(name.slice(0, dot))) return `<att:${name}>`;
      if (this.resources.has(name)) return `<ref:${name}>`;
      throw new Error(`Fn::Sub: unknown \${${name}}`);
    });
  }

  private str(v: any, where: string): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw new Error(`${where}: expected a string, got ${JSON.stringify(v)}`);
  }
}

/** Resolves a SAM template's Globals.Function into each AWS::Serverless::Function (what SAM does first). */
export function applySamGlobals(template: any): any {
  const g = template.Globals?.Function ?? {};
  const out = structuredClone(template);
  for (const res of Object.values<any>(out.Resources)) {
    if (res.Type !== 'AWS::Serverless::Function') continue;
    const p = res.Properties;
    for (const [k, v] of Object.entries<any>(g)) {
      if (k === 'Environment') {
        p.Environment = { Variables: { ...(v.Variables ?? {}), ...(p.Environment?.Variables ?? {}) } };
      } else if (p[k] === undefined) {
        p[k] = structuredClone(v);
      }
    }
  }
  return out;
}

/** A policy document in one canonical shape: lists sorted, single values as lists, Version dropped. */
export function canonicalPolicy(doc: any): any[] {
  // Duplicates dropped: IAM reads a list as a set (CDK drops them itself, SAM keeps them).
  const list = (v: any) => (v === undefined ? undefined : [...new Set((Array.isArray(v) ? v : [v]).map(String))].sort());
  const statements = (Array.isArray(doc?.Statement) ? doc.Statement : [doc?.Statement]).map((s: any) => {
    const principal = s.Principal && Object.fromEntries(Object.entries<any>(s.Principal).map(([k, v]) => [k, list(v)]));
    return sortKeys({
      Sid: s.Sid,
      Effect: s.Effect,
      Action: list(s.Action),
      Resource: list(s.Resource),
      Principal: principal,
      Condition: s.Condition,
    });
  });
  return statements.sort((a: any, b: any) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** The same value with object keys sorted and undefined fields removed (for order-free comparison). */
export function sortKeys(v: any): any {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => [k, sortKeys(v[k])]));
}
