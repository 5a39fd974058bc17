-- One open report per user per template, enforced by the database so two simultaneous reports cannot both open:
-- open_reporter_id carries the reporter while the report is open and is cleared when it is resolved. A unique
-- constraint ignores rows with a null column, so resolved reports never block a new one. (A partial unique index,
-- "where status = 'open'", says the same on PostgreSQL but H2 has none.)
alter table template_reports add column open_reporter_id uuid;
alter table template_reports add constraint template_reports_one_open_per_user
    unique (template_id, open_reporter_id);
create index template_reports_template_idx on template_reports (template_id, status);

-- A template's reviews page, most helpful or most recent first.
create index template_reviews_helpful_idx on template_reviews (template_id, helpful_votes, created_at);
create index template_reviews_recent_idx on template_reviews (template_id, updated_at);

create index featured_templates_position_idx on featured_templates (position, featured_at);
