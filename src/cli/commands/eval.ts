/**
 * `rasid eval <kind> ...`: evaluations against gold data. Each kind lives in `eval-<kind>.ts`
 * (exporting `register(evalCommand)`) and is loaded only when asked for.
 */
import { Command } from 'commander';
import { RasidError } from '../../doc/errors.js';

export const EVAL_KINDS = ['dates', 'ner', 'statements', 'pages'] as const;

function isMissing(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url/i.test(String((e as Error).message));
}

/** Load `eval-<kind>` and register its subcommand on a fresh `eval` command. */
export async function evalCommandFor(kind: string): Promise<Command> {
  if (!(EVAL_KINDS as readonly string[]).includes(kind)) {
    throw new RasidError('E_USAGE', { detail: `unknown evaluation "${kind}" (kinds: ${EVAL_KINDS.join(', ')})` });
  }
  let mod: { register?: (evalCommand: Command) => void };
  try {
    const spec = './eval-' + kind + '.js'; // a plain string: bundlers must not try to enumerate the kinds
    mod = (await import(spec)) as typeof mod;
  } catch (e) {
    if (isMissing(e)) throw new RasidError('E_USAGE', { detail: `the "${kind}" evaluation is not available in this build` });
    throw e;
  }
  if (typeof mod.register !== 'function') throw new RasidError('E_INTERNAL', { detail: `eval-${kind} has no register()` });
  const evalCommand = new Command('rasid eval').exitOverride().showHelpAfterError();
  mod.register(evalCommand);
  return evalCommand;
}

export function register(program: Command): void {
  // options after <kind> belong to the evaluation, not to rasid
  program.enablePositionalOptions();
  program
    .command('eval')
    .description(`evaluate against gold data: ${EVAL_KINDS.join(', ')}`)
    .argument('<kind>', EVAL_KINDS.join(' | '))
    .argument('[args...]', 'arguments of that evaluation (see rasid eval <kind> --help)')
    .allowUnknownOption()
    .helpOption('-h, --help', 'help for rasid eval (rasid eval <kind> --help for a kind)')
    .passThroughOptions()
    .action(async (kind: string, args: string[]) => {
      const evalCommand = await evalCommandFor(kind);
      await evalCommand.parseAsync([kind, ...args], { from: 'user' });
    });
}
