// Runs `tdkt eligibility` in its own process for the benchmark and reports its peak RSS on stderr.
import { runEligibility } from '../../apps/cli/src/eligibility.ts';

const code = await runEligibility(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
process.stderr.write(`\nBENCH maxRSS_KB=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
