-- Working hours and a run time limit per deployment (null: none), when they last changed, the scheduled stop already
-- warned of, and when the current run began (the run limit's clock, restarted by each start and wake).
alter table deployments add column hours_time_zone varchar(64);
alter table deployments add column hours_days varchar(20);
alter table deployments add column hours_start time;
alter table deployments add column hours_end time;
alter table deployments add column max_run_seconds integer;
alter table deployments add column stop_schedule_set_at timestamp with time zone;
alter table deployments add column stop_warned_for timestamp with time zone;
alter table deployments add column run_started_at timestamp with time zone;
