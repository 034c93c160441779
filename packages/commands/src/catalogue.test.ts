import { APPLICATION_ACTIONS, MEMBER_ACTIONS } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';
import { defineCommand } from './definition.js';
import { definitionProblems } from './limits.js';

describe('command catalogue', () => {
  it('answers every button core puts in its messages, with a member command', () => {
    for (const [meaning, { command, verb }] of Object.entries(MEMBER_ACTIONS)) {
      const definition = catalogue.find((c) => c.name === command);
      expect(definition?.actions?.[verb], `${meaning}: ${command}:${verb}`).toBeTypeOf('function');
      expect(definition?.access, meaning).toBe('member');
    }
  });

  it('answers every application button core sends, with /apply open to applicants who are not members yet', () => {
    for (const [meaning, { command, verb }] of Object.entries(APPLICATION_ACTIONS)) {
      const definition = catalogue.find((c) => c.name === command);
      expect(definition?.actions?.[verb], `${meaning}: ${command}:${verb}`).toBeTypeOf('function');
      expect(definition?.access, meaning).toBe('anyone');
    }
  });

  it('fits Discord and Slack limits', () => {
    expect(catalogue.flatMap(definitionProblems)).toEqual([]);
  });

  it('has unique names and both languages everywhere', () => {
    const names = catalogue.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of catalogue) {
      expect(command.description.en.length, command.name).toBeGreaterThan(0);
      expect(command.description['zh-CN'].length, command.name).toBeGreaterThan(0);
      expect(command.localizedName?.['zh-CN'], command.name).toBeTruthy();
    }
  });

  it('names every command the product promises', () => {
    expect([...catalogue.map((c) => c.name)].sort()).toEqual(
      [
        'answer',
        'appeal',
        'apply',
        'ask',
        'deal',
        'faq',
        'find',
        'intros',
        'leaderboard',
        'lessons',
        'library',
        'link',
        'me',
        'mod',
        'privacy',
        'profile',
        'questions',
        'renew',
        'report',
        'report-member',
        'review',
        'save',
        'settings',
        'suppliers',
      ].sort(),
    );
  });

  it('runs every command', () => {
    for (const command of catalogue) {
      expect(typeof (command.type === 'message' ? command.report : command.run), command.name).toBe('function');
      // A verb allowed to open a modal must have a handler, or the adapters would wait on nothing.
      for (const verb of command.formActions ?? []) {
        expect(typeof command.actions?.[verb], `${command.name}:${verb}`).toBe('function');
      }
    }
  });

  it('catches definitions the platforms would refuse', () => {
    const bad = defineCommand({
      name: 'Bad Name',
      description: { en: 'x'.repeat(101), 'zh-CN': '' },
      access: 'anyone',
      options: [
        { name: 'a', description: { en: 'a', 'zh-CN': 'a' }, type: 'string' },
        { name: 'b', description: { en: 'b', 'zh-CN': 'b' }, type: 'string', required: true },
      ],
    });
    const problems = definitionProblems(bad);
    expect(problems.some((p) => p.includes('name must be'))).toBe(true);
    expect(problems.some((p) => p.includes('en description length'))).toBe(true);
    expect(problems.some((p) => p.includes('zh-CN description length'))).toBe(true);
    expect(problems.some((p) => p.includes('required option after an optional one'))).toBe(true);
  });
});
