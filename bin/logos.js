#!/usr/bin/env node
// logos: the Logos PC emulator (emulator/cli.ts does the work).
import { launch } from "./launch.js";
await launch("../emulator/cli.ts");
