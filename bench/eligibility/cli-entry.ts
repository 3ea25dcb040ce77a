// Runs `tdkt eligibility` in its own process for the benchmark and reports its peak RSS and CPU on stderr.
// Node's compile cache (module.enableCompileCache, in the OS temp dir) keeps the type-stripped and compiled
// sources between runs: start-up drops from ~0.25 to ~0.08 CPU s once warm. Any entry point of the CLI can do
// the same; the CLI's own code is imported after it is enabled so that it is covered.
import module from 'node:module';

module.enableCompileCache?.();
const { runEligibility } = await import('../../apps/cli/src/eligibility.ts');
const code = await runEligibility(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
const cpu = process.cpuUsage();
process.stderr.write(`\nBENCH maxRSS_KB=${process.resourceUsage().maxRSS} cpu_us=${cpu.user + cpu.system}\n`);
process.exitCode = code;
