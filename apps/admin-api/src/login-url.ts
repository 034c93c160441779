// One builder for login links, shared with the CLI (`snowball admin invite`) and the bots (`/mod login`).
export { loginUrl } from '@snowball/core';
