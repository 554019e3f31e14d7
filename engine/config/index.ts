// Settings for initlint (pyproject.toml `[tool.initlint]`): parse, validate, discover, match globs.
export * from './settings';
export * from './discover';
export * from './match';
