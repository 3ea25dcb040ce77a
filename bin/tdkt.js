#!/usr/bin/env node
// Launcher of the `tdkt` command. tdkt runs its TypeScript sources directly, which needs Node.js 24
// (type stripping); older Node versions get a message saying how to get it instead of a syntax error.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `tdkt cần Node.js 24 trở lên (máy đang chạy Node.js ${process.versions.node}).\n` +
      'Hãy chạy qua scripts/tdkt.sh (tự cài Node.js 24 vào .tools/node), hoặc chạy "npm start" một lần để cài,\n' +
      'rồi dùng: bash scripts/tdkt.sh <lệnh>\n',
  );
  process.exit(1);
}
const { main } = await import(new URL('../apps/cli/src/main.ts', import.meta.url).href);
await main(process.argv.slice(2));
