import type { CommandTexts } from './reply.js';

/** Texts shared by the dispatcher and several commands. */
export const commonTexts = {
  unknownCommand: { en: 'Unknown command /{name}.', 'zh-CN': '未知命令 /{name}。' },
  staleButton: {
    en: 'This button is no longer valid. Run the command again.',
    'zh-CN': '这个按钮已失效，请重新执行命令。',
  },
  none: { en: 'none', 'zh-CN': '无' },
} as const satisfies CommandTexts<string>;
