import type { Command } from './types.ts';

/** The welcome message; `listHelp` gives the command list so /start and /help never drift apart. */
export function createStartCommand(listHelp: () => string): Command {
  return {
    name: 'start',
    description: 'What kabar is and how to use it',
    args: [],
    async run() {
      return {
        blocks: [
          { type: 'heading', text: 'kabar — China, Russia and the US in the Indonesian press' },
          {
            type: 'text',
            text: 'I read Indonesian news outlets, pick out the stories about China, Russia and the United States, find who said what, and post short English summaries. Try /latest, or /subscribe to get new stories here.',
          },
          { type: 'text', text: listHelp() },
        ],
      };
    },
  };
}
