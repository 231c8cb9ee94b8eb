import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiedFiles, projectRoot, sharedRoot } from './shared-copies';

describe('the project works alone', () => {
  it.skipIf(!existsSync(sharedRoot))('its copies of ../shared are in step with it (npm run sync-shared)', () => {
    const stale = copiedFiles()
      .filter(([from, to]) => !existsSync(to) || readFileSync(from, 'utf8') !== readFileSync(to, 'utf8'))
      .map(([, to]) => path.relative(projectRoot, to));
    expect(stale).toEqual([]);
  });

  it('no tracked file names an absolute path of a machine', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' }).split('\n')
      .filter((f) => f && !f.endsWith('.png') && f !== 'package-lock.json');
    const machinePath = /(?:^|[\s('"`])\/(?:work|home|root|Users)\/[\w.-]/m;
    const offenders = files.filter((f) => existsSync(path.join(projectRoot, f)) && machinePath.test(readFileSync(path.join(projectRoot, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
