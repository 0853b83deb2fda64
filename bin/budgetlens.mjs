#!/usr/bin/env node
// The CLI is written in TypeScript; tsx compiles it on the fly so `npx budgetlens` always runs the source.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
