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

// A page family is imported only through its index.ts (issue 16): from outside page-data …
const FAMILY_FROM_OUTSIDE = {
  regex: 'page-data/[^/]+/(?!index\\.ts$)[^/]+$',
  message: 'import a page family through its index.ts (src/page-data/README.md).',
};
// … and from another family (a sibling folder of page-data/).
const FAMILY_FROM_FAMILY = {
  regex: '^\\.\\./[^./][^/]*/(?!index\\.ts$)[^/]+$',
  message: 'import another page family through its index.ts (src/page-data/README.md).',
};
const NO_ASTRO = { group: ['astro:*'], message: 'no astro:* in stage code' };

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
      NO_ASTRO,
      {
        group: ['**/pages/**', '**/components/**', '**/publish/**'],
        message: 'page-data is pure: it must not import pages, components or the publish stage.',
      },
      FAMILY_FROM_FAMILY,
      ...NO_FS,
    ]),
  },
  {
    // Text tables import only i18n/ at run time (types from their family are fine): the import
    // cycles of issue 16 came from text that reached back into builders.
    files: ['src/page-data/*/text.ts', 'src/page-data/*/text-*.ts', 'src/publish/feed/text.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(\\.\\./)+i18n/)(?!\\./)',
              allowTypeImports: true,
              message: 'a text table imports only src/i18n/ at run time.',
            },
            {
              regex: '^\\./(?!text-)',
              allowTypeImports: true,
              message:
                'a text table imports only src/i18n/ (and its own text-* halves) at run time.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages and components read .generated/ documents; they never run the publish stage.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: stageRule([
      { group: ['**/publish/**'], message: 'pages and components never import src/publish/.' },
      FAMILY_FROM_OUTSIDE,
    ]),
  },
  {
    files: ['src/publish/**', 'src/lib/**', 'scripts/**'],
    rules: stageRule([NO_ASTRO, FAMILY_FROM_OUTSIDE]),
  },
  {
    // Files a reader can take in (issue 16); the two halves of the methodology text are prose.
    files: ['src/**/*.ts'],
    ignores: ['src/page-data/methodology/text-zh.ts', 'src/page-data/methodology/text-en.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/page-data/methodology/text-zh.ts', 'src/page-data/methodology/text-en.ts'],
    rules: { 'max-lines': ['error', { max: 600, skipBlankLines: true, skipComments: true }] },
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
