import 'reflect-metadata';
import { Command, Option } from 'commander';
import { Logger } from '@nestjs/common';
import { AppConfig, loadConfig, StartupError } from '@app/config';
import { CLAIMS_FROM } from '@app/extraction';
import { createLogger, nestLogger } from '@app/observability';
import { ratingScaleProblems } from '@app/publishing';
import { checkworthyCommand } from './commands/checkworthy.command';
import { extractCommand, ExtractCommandOptions } from './commands/extract.command';
import { migrateCommand } from './commands/migrate.command';
import { serveCommand } from './commands/serve.command';
import { createUserCommand } from './commands/users.command';

/** The configuration, checked as the services check it. */
const config = () => loadConfig(process.env, [ratingScaleProblems]);

/** The configuration, with the command's lines logged as the services log theirs (migrate, serve). */
function configAndLogs(): AppConfig {
  const checked = config();
  Logger.overrideLogger(nestLogger(createLogger(checked.LOG_LEVEL, 'cli')));
  return checked;
}

const program = new Command('factcheck').description('The fact-checking workflow service: extraction, users, serving.');

program
  .command('extract')
  .description('find quotes, speakers and claims in plain-text files (stdin when none); one JSON object a line')
  .argument('[files...]')
  .addOption(
    new Option('--claims-from <source>', 'quotes, or all: also the check-worthy statements of the article’s own voice')
      .choices([...CLAIMS_FROM])
      .default('quotes'),
  )
  .option('--publisher <name>', 'who speaks in the article’s own voice (type media)')
  .option('--author <name>', 'who speaks in it when no publisher is given (type person)')
  .option('--sentences', 'also every sentence with its check-worthiness')
  .action((files: string[], options: ExtractCommandOptions) => extractCommand(files, options));

program
  .command('checkworthy')
  .description('score one sentence a line (stdin when no file); one JSON object a line')
  .argument('[file]')
  .action((file?: string) => checkworthyCommand(file));

const users = program.command('users').description('manage API users');
users
  .command('create')
  .description('create a user and print their new API key')
  .requiredOption('--name <name>', 'the person or system')
  .requiredOption('--role <role>', 'ingester | factchecker | editor | admin')
  .option('--team <team>', 'the desk they work on, for statistics')
  .action((options: { name: string; role: string; team?: string }) => createUserCommand(config(), options));

program
  .command('migrate')
  .description('create the database if missing and run pending migrations')
  .action(() => migrateCommand(configAndLogs()));

program
  .command('serve')
  .description('migrate, then run the API and the worker until Ctrl-C or SIGTERM')
  .option('--demo', 'once up, submit a demo article and print what the service made of it')
  .action((options: { demo?: boolean }) => serveCommand(configAndLogs(), options));

program.parseAsync(process.argv).catch((error) => {
  process.stderr.write(`${error instanceof StartupError ? error.message : `error: ${(error as Error).message}`}\n`);
  process.exit(1);
});
