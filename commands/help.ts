import type { Command } from './types.ts';

/** The command list with usage; `listHelp` is built from the registry in index.ts. */
export function createHelpCommand(listHelp: () => string): Command {
  return {
    name: 'help',
    description: 'List the commands',
    args: [],
    async run() {
      return { blocks: [{ type: 'heading', text: 'Commands' }, { type: 'text', text: listHelp() }] };
    },
  };
}
