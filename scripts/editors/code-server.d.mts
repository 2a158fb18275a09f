// Types for code-server.mjs, for the TypeScript tests that import it.
import type { ChildProcess } from 'node:child_process';
import type { LaunchOptions } from 'playwright-core';

export const CODE_SERVER_VERSION: string;
export interface Dirs { root: string; userData: string; extensions: string; config: string }
export interface Running { url: string; port: number; child: ChildProcess; stop(): Promise<void>; output(): string }
export function cacheRoot(): string;
export function installDir(): string;
export function codeServerBin(): string;
export function ensureCodeServer(log?: (m: string) => void): string;
export function freePort(): Promise<number>;
export function freshDirs(prefix?: string): Dirs;
export function installVsix(bin: string, dirs: Dirs, vsix: string): void;
export function startCodeServer(bin: string, dirs: Dirs, opts?: { settings?: Record<string, unknown>; log?: (m: string) => void; port?: number }): Promise<Running>;
export function chromiumOptions(): LaunchOptions;
