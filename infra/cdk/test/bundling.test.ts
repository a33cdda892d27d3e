// What `cdk synth`/`cdk deploy` runs to build the functions, without building them: the app runs
// with a stand-in `cargo` first on PATH that records each `cargo lambda build` and writes an
// empty bootstrap where cargo-lambda would.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const CDK_DIR = join(__dirname, '..');
const REPO = join(CDK_DIR, '..', '..');

describe('bundling with cargo-lambda', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-cdk-bundling-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'cargo.log');
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'cargo'), `#!/usr/bin/env bash
set -euo pipefail
[ "$1 $2" = "lambda --version" ] && { echo "cargo-lambda 1.9.2"; exit 0; }
[ "$1 $2" = "lambda build" ] || { echo "unexpected: cargo $*" >&2; exit 2; }
printf '%s|%s|%s|%s\\n' "$PWD" "\${SENDER_IDENTITY:-}" "\${AFTERCARE_CONFIG_DIR:-}" "$*" >> "${log}"
out=""; prev=""
for a in "$@"; do [ "$prev" = "--lambda-dir" ] && out="$a"; prev="$a"; done
mkdir -p "$out"; printf 'stand-in for %s\\n' "$*" > "$out/bootstrap"
`);
  chmodSync(join(bin, 'cargo'), 0o755);

  const outdir = join(dir, 'cdk.out');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
    cwd: CDK_DIR,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CDK_OUTDIR: outdir,
      CDK_CONTEXT_JSON: JSON.stringify({ senderIdentity: 'care@shop.example.com', configDir: '/srv/aftercare/config' }),
    },
  });

  it('synthesizes', () => {
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  });

  it('builds each function once, in its crate, release for arm64, as its own binary, with the stack\'s sender and config', () => {
    const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split('|'));
    const byCrate = Object.fromEntries(calls.map(([cwd, sender, config, args]) => [cwd, { sender, config, args }]));
    assert.equal(calls.length, 5);
    for (const name of ['ingest', 'notifications', 'planner', 'dispatcher', 'bounces']) {
      const c = byCrate[join(REPO, 'functions', name)];
      assert.ok(c, `no build in functions/${name}`);
      assert.match(c.args, new RegExp(`^lambda build --lambda-dir \\S+ --release --arm64 --bin aftercare-${name} --flatten aftercare-${name}$`));
      assert.equal(c.sender, 'care@shop.example.com');
      assert.equal(c.config, '/srv/aftercare/config');
    }
  });

  it('each function gets the asset its build produced', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'aftercare.template.json'), 'utf8'));
    const keys = new Set<string>();
    for (const [id, r] of Object.entries<any>(template.Resources)) {
      if (r.Type !== 'AWS::Lambda::Function') continue;
      const key: string = r.Properties.Code.S3Key;
      keys.add(key);
      const staged = join(outdir, `asset.${key.replace(/\.zip$/, '')}`, 'bootstrap');
      assert.ok(existsSync(staged), `${id}: ${staged} missing`);
      assert.match(readFileSync(staged, 'utf8'), /--bin aftercare-/);
    }
    assert.equal(keys.size, 5, 'functions share an asset');
  });
});
