-- wrk script for bench/catalog.sh: prints the latency of the responses wrk actually timed.
--
-- Before printing, wrk 4 "corrects" its latency histogram for coordinated omission: with I = run time
-- divided by the requests per connection, every recorded latency n adds synthetic samples at n - I,
-- n - 2I, ... down to I (stats_correct in wrk's stats.c). When a server answers in well under a
-- millisecond, one 100 ms stall (a GC pause, the scheduler giving the CPU to another process) becomes
-- hundreds of synthetic samples, and the printed p75..p99 describe those stalls rather than the
-- responses. This script undoes the correction on the histogram that done() receives and prints the
-- percentiles of the real samples, checking that their number equals the completed requests.
--
-- Needs WRK_CONNECTIONS in the environment (the -c value): the main Lua state gets no init(args).
-- Adds no per-request work: it defines neither request() nor response().

done = function(summary, latency, requests)
   local connections = tonumber(os.getenv("WRK_CONNECTIONS") or "")
   local complete = summary.requests
   if not connections or connections < 1 or complete == 0 then
      io.write("RAW_LATENCY unavailable\n")
      return
   end
   local per_connection = math.floor(complete / connections)
   local interval = per_connection > 0 and math.floor(summary.duration / per_connection) or 0

   -- The corrected histogram: distinct values (microseconds) in ascending order, with their counts.
   local values, counts = {}, {}
   for i = 1, #latency do
      local v, c = latency(i)
      values[#values + 1] = v
      counts[#counts + 1] = c
   end

   -- Undo: walking down from the largest value, the synthetic samples at m (> I) are the real counts
   -- of all larger values of the same residue modulo I.
   local real = {}
   local by_residue = {}
   for i = #values, 1, -1 do
      local m, c = values[i], counts[i]
      local r = c
      if interval > 0 and m > interval then
         local key = m % interval
         r = c - (by_residue[key] or 0)
         if r < 0 then r = 0 end
         by_residue[key] = (by_residue[key] or 0) + r
      end
      real[i] = r
   end

   local total, sum = 0, 0
   for i = 1, #values do
      total = total + real[i]
      sum = sum + real[i] * values[i]
   end
   if total == 0 then
      io.write("RAW_LATENCY unavailable\n")
      return
   end

   local function percentile(p) -- as wrk's stats_percentile
      local rank = math.floor((p / 100) * total + 0.5)
      local seen = 0
      for i = 1, #values do
         seen = seen + real[i]
         if seen >= rank and real[i] > 0 then return values[i] end
      end
      return values[#values]
   end

   local max = 0
   for i = #values, 1, -1 do
      if real[i] > 0 then max = values[i]; break end
   end
   io.write(string.format(
      "RAW_LATENCY samples=%d requests=%d interval_us=%d mean_us=%.1f p50_us=%d p75_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\n",
      total, complete, interval, sum / total, percentile(50), percentile(75), percentile(90), percentile(99),
      percentile(99.9), max))
end
