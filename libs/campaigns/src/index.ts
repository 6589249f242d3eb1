export * from './streams';
export * from './projection';
export * from './rebuild';
export * from './drafts';
export * from './campaign-commands';
export * from './reminders';
export * from './mailer';
