// Typed ESLint with zero warnings, and the one-way import rule between the stage folders
// (design.md: records → indicators → page-data; charts import only charts/shared).
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

const stageRule = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

// Writing files is the publish stage's job (decision 017).
const NO_FS = [
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
    message: 'no file I/O here: files are written by src/publish/ (decision 017).',
  },
];

export default tseslint.config(
  { ignores: ['dist/', '.generated/', '.astro/', 'node_modules/', 'public/'] },
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.json' },
    },
    rules: {
      // JSX expressions in .astro templates are typed `any` by the Astro parser.
      '@typescript-eslint/no-unsafe-return': 'off',
      // One way to write text (issue 16): no `lang === 'zh' ? … : …` in templates.
      'no-restricted-syntax': [
        'error',
        ...[
          "ConditionalExpression[test.type='BinaryExpression'][test.left.name='lang']",
          "ConditionalExpression[test.type='BinaryExpression'][test.right.name='lang']",
        ].map((selector) => ({
          selector,
          message: 'use i18n/format.ts helpers or a defineText table (issue 16)',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Stage code runs under Node's type stripping: no astro:* virtual modules outside pages.
  {
    files: [
      'src/records/**',
      'src/fetch/**',
      'src/indicators/**',
      'src/page-data/**',
      'src/charts/**',
      'src/security/**',
      'src/server/**',
      'src/i18n/**',
      'scripts/**',
    ],
    rules: stageRule([
      {
        group: ['astro:*'],
        message: 'Stage code must not import astro:* modules (it runs under plain Node).',
      },
    ]),
  },
  {
    files: ['src/records/**'],
    rules: stageRule([
      { group: ['astro:*'], message: 'no astro:* in stage code' },
      {
        group: [
          '**/indicators/**',
          '**/page-data/**',
          '**/charts/**',
          '**/pages/**',
          '**/components/**',
        ],
        message: 'records imports nothing internal from later stages.',
      },
    ]),
  },
  {
    files: ['src/fetch/**'],
    rules: stageRule([
      { group: ['astro:*'], message: 'no astro:* in stage code' },
      {
        group: [
          '**/indicators/**',
          '**/page-data/**',
          '**/charts/**',
          '**/pages/**',
          '**/components/**',
        ],
        message: 'fetch may import only records (formats, decoding, time).',
      },
    ]),
  },
  {
    files: ['src/indicators/**'],
    ignores: ['src/indicators/spool.ts'],
    rules: stageRule([
      { group: ['astro:*'], message: 'no astro:* in stage code' },
      {
        group: [
          '**/page-data/**',
          '**/publish/**',
          '**/charts/**',
          '**/pages/**',
          '**/components/**',
        ],
        message: 'indicators may import only records.',
      },
      ...NO_FS,
    ]),
  },
  {
    // The scratch spool is the one file of indicators that writes (decision 015).
    files: ['src/indicators/spool.ts'],
    rules: stageRule([{ group: ['astro:*'], message: 'no astro:* in stage code' }]),
  },
  {
    files: ['src/page-data/**'],
    rules: stageRule([
      { group: ['astro:*'], message: 'no astro:* in stage code' },
      {
        group: ['**/pages/**', '**/components/**', '**/publish/**'],
        message: 'page-data is pure: it must not import pages, components or the publish stage.',
      },
      ...NO_FS,
    ]),
  },
  {
    // Pages and components read .generated/ documents; they never run the publish stage.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: stageRule([
      { group: ['**/publish/**'], message: 'pages and components never import src/publish/.' },
    ]),
  },
  {
    files: ['src/charts/**'],
    ignores: ['src/charts/shared/**'],
    rules: stageRule([
      { group: ['astro:*'], message: 'no astro:* in stage code' },
      {
        group: ['**/records/**', '**/indicators/**', '**/page-data/**', '**/pages/**'],
        message: 'charts import only charts/shared.',
      },
    ]),
  },
);
