// Runs `tdkt eligibility` in its own process for the benchmark and reports its peak RSS on stderr.
import { runEligibility } from '../../apps/cli/src/eligibility.ts';

const code = await runEligibility(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
const cpu = process.cpuUsage();
process.stderr.write(`\nBENCH maxRSS_KB=${process.resourceUsage().maxRSS} cpu_us=${cpu.user + cpu.system}\n`);
process.exitCode = code;
