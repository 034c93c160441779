import { LIBRARY_STATUSES, PLATFORMS } from '@snowball/core';
import { z } from 'zod';
import { count, dateTime, pagedQuery, uuid, type Wire } from './common.contract.js';

export const libraryStatus = z.enum(LIBRARY_STATUSES);

export const libraryEntry = z.object({
  id: uuid,
  platform: z.enum(PLATFORMS),
  url: z.string().nullable().describe('Link to the original chat message, where the platform has one.'),
  authorName: z.string().describe('Who wrote the message; empty when unknown or erased.'),
  body: z.string().describe('The message text, verbatim.'),
  title: z.string(),
  tags: z.array(z.string()),
  status: libraryStatus,
  savedAt: dateTime,
  reviewedAt: dateTime.nullable(),
  opens: count.describe('How many times members opened it.'),
});

export const libraryQuery = pagedQuery({
  status: libraryStatus.optional(),
  tag: z.string().max(30).optional().describe('Only entries with this tag.'),
});

export const curateLibraryBody = z.object({
  title: z.string().min(1).max(200).optional(),
  tags: z.array(z.string().min(1).max(30)).max(8).optional(),
});

export type LibraryEntry = Wire<z.output<typeof libraryEntry>>;
export type LibraryStatus = z.output<typeof libraryStatus>;
