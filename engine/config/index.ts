// Settings for initlint (pyproject.toml `[tool.initlint]`): parse, validate, discover, match globs;
// and reading only regular files under a size cap (shared with the CLI's source reading).
export * from './settings';
export * from './discover';
export * from './match';
export * from './regular-file';
