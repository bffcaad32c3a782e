/** node_modules/electron. */
export const electronDir: string;
/** The Electron executable's path, or undefined when it is not installed. Never downloads. */
export function electronBinary(): string | undefined;
