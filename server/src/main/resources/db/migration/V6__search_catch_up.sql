-- When a template's counters last changed, so every replica's search index can pick up the changes other replicas
-- made (templates.updated_at already says when a template itself changed).
alter table template_stats add column changed_at timestamp with time zone;
create index template_stats_changed_idx on template_stats (changed_at);
