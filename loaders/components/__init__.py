"""Pipeline components: sentences, entities, statistics, claims (see loaders.pipeline)."""
