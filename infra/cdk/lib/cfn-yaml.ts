// Reads a CloudFormation/SAM template written in YAML, short-form intrinsics included
// (!Ref, !GetAtt, !Sub, !If, ...), into the long JSON form CloudFormation itself uses.
import { readFileSync } from 'node:fs';
import { parse, type ScalarTag, type CollectionTag } from 'yaml';

const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
  'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Contains', 'EachMemberEquals',
  'ValueOf', 'ToJsonString', 'Length',
];

function tags(): (ScalarTag | CollectionTag)[] {
  const out: (ScalarTag | CollectionTag)[] = [];
  const wrap = (name: string) => (value: unknown) => ({ [name]: value });
  for (const fn of [...FUNCTIONS, 'GetAtt', 'Ref', 'Condition']) {
    const key = fn === 'Ref' || fn === 'Condition' ? fn : `Fn::${fn}`;
    const scalar = (value: string) =>
      fn === 'GetAtt' ? { [key]: splitGetAtt(value) } : { [key]: value };
    out.push({ tag: `!${fn}`, resolve: scalar, identify: () => false } as ScalarTag);
    out.push({ tag: `!${fn}`, collection: 'seq', resolve: (seq: any) => wrap(key)(seq.toJSON()), identify: () => false } as unknown as CollectionTag);
    out.push({ tag: `!${fn}`, collection: 'map', resolve: (map: any) => wrap(key)(map.toJSON()), identify: () => false } as unknown as CollectionTag);
  }
  return out;
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  if (dot < 0) throw new Error(`!GetAtt ${value}: expected Resource.Attribute`);
  return [value.slice(0, dot), value.slice(dot + 1)];
}

/** Parses a template file; errors name the file and the line. */
export function loadCfnYaml(path: string): any {
  const text = readFileSync(path, 'utf8');
  try {
    return parse(text, { customTags: tags(), maxAliasCount: -1, uniqueKeys: true });
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}
