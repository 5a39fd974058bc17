-- When a stopped instance with a snapshot is to be destroyed (stage 2 of its hibernation), fixed when it stops so the
-- deployment can show it and a later change of the server's setting does not move a promise already made.
alter table deployments add column releases_at timestamp with time zone;
