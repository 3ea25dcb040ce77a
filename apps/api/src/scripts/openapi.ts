// Writes docs/openapi.json (`node apps/api/src/scripts/openapi.ts`); with --check, fails when the
// committed file differs from what the code generates.
import fs from 'node:fs';
import { OPENAPI_FILE, committedOpenApi, generateOpenApi } from '../openapi.ts';

const doc = await generateOpenApi();
if (process.argv.includes('--check')) {
  if (committedOpenApi() !== doc) {
    console.error('docs/openapi.json đã cũ: chạy `node apps/api/src/scripts/openapi.ts` rồi commit tệp.');
    process.exit(1);
  }
  console.log('docs/openapi.json khớp với mã nguồn.');
} else {
  fs.writeFileSync(OPENAPI_FILE, doc);
  console.log(`Đã ghi ${OPENAPI_FILE}`);
}
