import type { CommandTexts } from '@snowball/commands';

/** Texts only the Slack adapter shows (usage help, modal buttons, App Home, install pages). */
export const slackTexts = {
  usageTitle: { en: 'How to use /{name}', 'zh-CN': '/{name} 的用法' },
  unknownCommand: {
    en: 'There is no command /{name}. These are the commands:',
    'zh-CN': '没有 /{name} 这个命令。可用的命令如下：',
  },
  unknownSubcommand: {
    en: '/{name} has no “{given}”. Choose one of these:',
    'zh-CN': '/{name} 没有“{given}”这一项，请从下面选择：',
  },
  missingOption: { en: '/{name} needs {option}.', 'zh-CN': '/{name} 需要填写 {option}。' },
  usageHint: {
    en: 'Write options as name:value (use "quotes" for several words).',
    'zh-CN': '选项写成 名称:值 的形式（多个词请加引号）。',
  },
  submit: { en: 'Submit', 'zh-CN': '提交' },
  cancel: { en: 'Cancel', 'zh-CN': '取消' },
  formExpired: {
    en: 'That took too long to open the form. Please try again.',
    'zh-CN': '打开表单超时了，请再试一次。',
  },
  homeTitle: { en: 'Welcome to {club}', 'zh-CN': '欢迎来到 {club}' },
  homeNotSetUp: {
    en: 'This workspace is not connected to a club yet. Ask the club owner to finish the setup.',
    'zh-CN': '这个工作区还没有关联社群，请联系社群主理人完成设置。',
  },
  homeCommands: {
    en: 'Use the slash commands (type / in any channel) for everything else.',
    'zh-CN': '其他功能请使用斜杠命令（在任意频道输入 /）。',
  },
} as const satisfies CommandTexts<string>;
