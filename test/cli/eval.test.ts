/** `rasid eval <kind>`: each kind's module loads lazily and registers its subcommand. */
import { describe, expect, it } from 'vitest';
import { RasidError } from '../../src/doc/errors.js';
import { EVAL_KINDS, evalCommandFor } from '../../src/cli/commands/eval.js';

describe('rasid eval', () => {
  for (const kind of EVAL_KINDS) {
    it(`${kind}: eval-${kind}.ts registers a "${kind}" subcommand`, async () => {
      const cmd = await evalCommandFor(kind);
      expect(cmd.commands.map((c) => c.name())).toContain(kind);
    });
  }
  it('an unknown kind is E_USAGE', async () => {
    await expect(evalCommandFor('tarot')).rejects.toSatisfy((e) => e instanceof RasidError && e.code === 'E_USAGE');
  });
});
