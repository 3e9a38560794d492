#!/usr/bin/env node
// logosc: the Logos C compiler, assembler and linker (compiler/driver.ts does the work).
import { launch } from "./launch.js";
await launch("../compiler/driver.ts", { exitWhenDone: true });
