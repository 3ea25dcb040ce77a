// Lint for tdkt (flat config). Besides the usual recommended sets it enforces what the project relies on:
//  - no floating promises and exhaustive switches (type-aware, through the two tsconfig projects: the root
//    tsconfig.json for server code, apps/web/tsconfig.json for the web app);
//  - no import cycles;
//  - the dependency rule of docs/architecture.md: domain (pure) ← adapters (db, documents, spreadsheets,
//    auth) ← apps (api, cli, web). Each restricted import says what to use instead.
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const root = path.dirname(fileURLToPath(import.meta.url));

const nodeBuiltins = [
  ...builtinModules.filter((m) => !m.startsWith('_')),
  ...builtinModules.map((m) => `node:${m}`),
];

// Relative imports are resolved by import-x/no-restricted-paths (below); these regexes catch the same
// layering in the import text itself, so the message shows up even when a path cannot be resolved.
const adapterDirs = '(db|documents|spreadsheets|auth)';
const domainRule = {
  paths: [
    ...nodeBuiltins.map((name) => ({
      name,
      message:
        'domain là thuần: không đọc tệp, mạng hay đồng hồ — truyền dữ liệu vào làm tham số. ' +
        '(The domain is pure: do file/network/clock work in an adapter or app and pass the data in as arguments.)',
    })),
    ...['pg', 'kysely', 'fastify', 'exceljs', 'docx'].map((name) => ({
      name,
      message:
        'domain là thuần: truyền dữ liệu vào làm tham số; cơ sở dữ liệu, HTTP, Excel và Word thuộc adapter/app. ' +
        '(The domain is pure: pass data in as parameters; database, HTTP, spreadsheets and documents belong in ' +
        'packages/db|documents|spreadsheets or apps/*.)',
    })),
  ],
  patterns: [
    {
      group: ['@electric-sql/*', '@fastify/*', 'pg-*'],
      message:
        'domain là thuần: truyền dữ liệu vào làm tham số. (The domain is pure: the database engine lives in packages/db.)',
    },
    {
      regex: `(^|/)(packages/)?${adapterDirs}/src(/|$)`,
      message:
        'domain không được import adapter: adapter import domain, không phải ngược lại; truyền dữ liệu vào làm tham số. ' +
        '(Domain must not import an adapter: adapters depend on the domain, not the other way round — take the ' +
        'data as a parameter or declare an interface in the domain that the adapter implements.)',
    },
    {
      regex: '(^|/)apps/',
      message:
        'domain không được import apps/**: truyền dữ liệu vào làm tham số. (Domain must not import apps/**: pass data in as parameters.)',
    },
  ],
};

const adapterRule = {
  patterns: [
    {
      regex: '(^|/)apps/',
      message:
        'adapter không được import apps/**: app gọi adapter, không phải ngược lại. (Adapters must not import apps/**: ' +
        'move the shared piece into packages/domain, or let the app pass it in.)',
    },
  ],
};

const webRule = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message:
      'apps/web chạy trong trình duyệt: không có module Node. (apps/web runs in the browser: use the API instead.)',
  })),
  patterns: [
    {
      regex: `(^|/)(packages/)?${adapterDirs}/src(/|$)`,
      message:
        'apps/web không được import adapter phía máy chủ: gọi API qua src/lib/api.ts. (apps/web must not import ' +
        'server adapters: call the API through apps/web/src/lib/api.ts.)',
    },
    {
      regex: '(^|/)api/src(/|$)',
      message:
        'apps/web không được import apps/api: dùng các kiểu/hợp đồng chung (docs/api-contract.md) và src/lib/api.ts. ' +
        '(apps/web must not import apps/api: use the shared contract types and apps/web/src/lib/api.ts.)',
    },
    {
      group: ['pg', 'kysely', '@electric-sql/*', 'fastify', '@fastify/*', 'exceljs', 'docx'],
      message:
        'apps/web không được dùng thư viện phía máy chủ: gọi API. (apps/web must not use server libraries: call the API; ' +
        'Excel exports come from the `/export.xlsx` routes.)',
    },
  ],
};

const layerZones = [
  ...['db', 'documents', 'spreadsheets', 'auth'].map((adapter) => ({
    target: './packages/domain',
    from: `./packages/${adapter}`,
    message:
      'domain là thuần: truyền dữ liệu vào làm tham số. (The domain is pure: adapters import it, not the other way round.)',
  })),
  {
    target: './packages/domain',
    from: './apps',
    message: 'domain là thuần: truyền dữ liệu vào làm tham số. (The domain must not import apps/**.)',
  },
  ...['db', 'documents', 'spreadsheets', 'auth'].map((adapter) => ({
    target: `./packages/${adapter}`,
    from: './apps',
    message:
      'adapter không được import apps/**. (Adapters must not import apps/**: the app passes what they need.)',
  })),
  ...[
    './packages/db',
    './packages/documents',
    './packages/spreadsheets',
    './packages/auth',
    './apps/api',
    './apps/cli',
  ].map((from) => ({
    target: './apps/web',
    from,
    message:
      'apps/web chỉ nói chuyện với máy chủ qua API. (apps/web talks to the server only through the API: ' +
      'use apps/web/src/lib/api.ts and the shared contract types.)',
  })),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.tools/**',
      '**/dist/**',
      'data/**',
      'bench/out/**',
      '.scratch/**',
      '.test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x parses only .js dependencies, and no-cycle would never see a TypeScript cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Type-aware rules on TypeScript: each file is checked with the tsconfig that owns it.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ['packages/domain/**'],
    rules: {
      'no-restricted-imports': ['error', domainRule],
      'no-restricted-globals': [
        'error',
        {
          name: 'process',
          message:
            'domain là thuần: không đọc process/biến môi trường — truyền cấu hình vào làm tham số. (The domain reads no ' +
            'process state or environment: parse config in apps/api/src/config.ts and pass values in.)',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'domain là thuần: không đọc biến môi trường — truyền cấu hình vào làm tham số. (No process.env in the ' +
            'domain: parse config in the app and pass values in.)',
        },
      ],
      // No clock either: "today" and the year are arguments, so a rule gives the same answer when re-run later.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'domain không đọc đồng hồ: truyền ngày/năm vào làm tham số. (No clock in the domain: pass the date in.)',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'domain không đọc đồng hồ: truyền ngày/năm vào làm tham số. (No clock in the domain: pass the date in.)',
        },
      ],
    },
  },
  {
    files: ['packages/db/**', 'packages/documents/**', 'packages/spreadsheets/**', 'packages/auth/**'],
    rules: { 'no-restricted-imports': ['error', adapterRule] },
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', webRule] },
  },
  // Plain JavaScript (config files, bin/ launchers) is outside both tsconfig projects: no type-aware rules.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
