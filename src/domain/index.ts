export * from './article.ts';
export * from './analysis.ts';
export * from './story.ts';
export * from './post.ts';
export * from './subscription.ts';
export * from './delivery.ts';
export * from './topics.ts';
export * from './errors.ts';
