// `npm start`: what a newcomer runs first. Until the kernel can be built and booted, it shows
// what the toolchain can do today on a sample program, and says so.
import { main } from "../compiler/driver.ts";

process.stdout.write(
  "Logos is young: the kernel does not boot yet. Checking samples/hello.c with the front end:\n",
);
process.exitCode = await main(["-fsyntax-only", "samples/hello.c"]);
