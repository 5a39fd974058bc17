-- The wake (by its start time) whose restart passed the wake deadline with no snapshot to move to: the stopped disk
-- is the workspace, so Dumont keeps waiting for it and says so once per wake.
alter table deployments add column wake_overdue_noted_for timestamp with time zone;
