import type { CommandTexts } from '@snowball/commands';

/** What the Discord adapter itself says (everything else comes from the commands), in zh-CN and en. */
export const interactionTexts = {
  outsideGuild: {
    en: 'snowball works inside the club’s server: run this there.',
    'zh-CN': 'snowball 只在社群服务器内工作，请在服务器里使用。',
  },
  unsupported: {
    en: 'snowball cannot handle this here.',
    'zh-CN': 'snowball 无法在这里处理这个操作。',
  },
  openForm: {
    en: 'That took a moment. Press the button to open the form.',
    'zh-CN': '处理稍久了一些，请点击按钮打开表单。',
  },
} as const satisfies CommandTexts<string>;
