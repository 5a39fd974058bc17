package cloud.dumont.deployment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The week the hibernation benchmark's users live, drawn from a seed before anything runs, so every mode replays the
 * same week. Each user works in their own time zone: weekdays from about 8:00-10:30 for 7.5-9.5 hours with a lunch
 * break, an occasional weekend afternoon, a day off now and then. A working session is bursts of GPU work (a notebook
 * cell training or generating) with idle minutes between them (reading, writing code). Some users forget their machine:
 * after one day's work they stay away for days.
 */
final class UsageWeek {

    /** Monday 00:00 UTC: the week starts here. */
    static final Instant MONDAY = Instant.parse("2026-07-06T00:00:00Z");

    /** UTC offsets the users live at, in minutes: the Americas, Europe, India, East Asia, Australia. */
    private static final int[] ZONES = {-480, -420, -300, -240, -180, 0, 60, 120, 180, 330, 480, 540, 600};

    static final Duration BURST_MEDIAN = Duration.ofMinutes(12);
    static final double BURST_SIGMA = 0.7;
    static final Duration GAP_MEDIAN = Duration.ofSeconds(90);
    static final double GAP_SIGMA = 1.0;
    static final double DAY_OFF = 0.08;
    static final double WEEKEND_SESSION = 0.2;
    static final double NEW_DATA_FILE = 0.25;
    static final int NOTEBOOKS = 6;
    static final int MAX_FILE_BYTES = 32 * 1024;

    /**
     * One burst of work: from {@code start} the GPU is busy and the user saves {@code bytes} into {@code path}; at
     * {@code end} it goes idle.
     *
     * @param sessionStart the first burst after a break (lunch, a night, days away)
     * @param dayEnd the last burst of the user's working day
     */
    record Burst(Instant start, Instant end, boolean sessionStart, boolean dayEnd, String path, int bytes) {}

    /**
     * One user's week.
     *
     * @param forgotAt for a forgetful user, when they walked away from their machine for days; null otherwise
     * @param backAt when they come back, or null when that is after the week
     */
    record Plan(int user, ZoneOffset zone, Instant forgotAt, Instant backAt, List<Burst> bursts) {

        boolean forgetful() {
            return forgotAt != null;
        }
    }

    private UsageWeek() {}

    static List<Plan> draw(int users, int days, long seed, double forgetShare) {
        SplittableRandom root = new SplittableRandom(seed);
        List<SplittableRandom> perUser =
                IntStream.range(0, users).mapToObj(i -> root.split()).toList();
        List<Integer> order = new ArrayList<>(IntStream.range(0, users).boxed().toList());
        Collections.shuffle(order, new java.util.Random(seed));
        List<Integer> forgetful = order.subList(0, (int) Math.round(users * forgetShare));
        Instant end = MONDAY.plus(Duration.ofDays(days));
        return IntStream.range(0, users)
                .mapToObj(i -> plan(i, perUser.get(i), days, end, forgetful.contains(i)))
                .toList();
    }

    private static Plan plan(int user, SplittableRandom random, int days, Instant weekEnd, boolean forgets) {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(ZONES[random.nextInt(ZONES.length)] * 60);
        List<Burst> bursts = new ArrayList<>();
        Counter dataFiles = new Counter();
        // A day before and after, so that a user whose Monday begins before Monday 00:00 UTC is cut, not shifted.
        for (int day = -1; day <= days; day++) {
            LocalDate date = LocalDate.ofInstant(MONDAY, ZoneOffset.UTC).plusDays(day);
            List<Burst> today = workday(date, zone, random, dataFiles);
            today.stream()
                    .filter(b -> !b.start().isBefore(MONDAY) && b.end().isBefore(weekEnd))
                    .forEach(bursts::add);
        }
        // Drawn after the week, from its own split, so that whether a user forgets does not change their week.
        SplittableRandom forgetting = random.split();
        if (!forgets) {
            return new Plan(user, zone, null, null, List.copyOf(bursts));
        }
        List<Burst> dayEnds = bursts.stream()
                .filter(b -> b.dayEnd() && b.end().isBefore(MONDAY.plus(Duration.ofDays(4))))
                .toList();
        if (dayEnds.isEmpty()) {
            return new Plan(user, zone, null, null, List.copyOf(bursts));
        }
        Instant forgotAt = dayEnds.get(forgetting.nextInt(dayEnds.size())).end();
        Instant backAt = forgotAt.plus(Duration.ofMinutes(forgetting.nextLong(2 * 24 * 60, 5 * 24 * 60)));
        List<Burst> kept = new ArrayList<>();
        boolean firstBack = true;
        for (Burst b : bursts) {
            if (!b.start().isBefore(forgotAt) && b.start().isBefore(backAt)) {
                continue;
            }
            if (!b.start().isBefore(backAt) && firstBack) {
                firstBack = false;
                b = new Burst(b.start(), b.end(), true, b.dayEnd(), b.path(), b.bytes());
            }
            kept.add(b);
        }
        return new Plan(user, zone, forgotAt, backAt.isBefore(weekEnd) ? backAt : null, List.copyOf(kept));
    }

    /** A day's bursts: two sessions around lunch on a weekday, maybe one short afternoon on a weekend. */
    private static List<Burst> workday(LocalDate date, ZoneOffset zone, SplittableRandom random, Counter dataFiles) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        // Every draw is made whether it is used or not, so one day's choices do not shift the next day's.
        double off = random.nextDouble();
        Instant start = at(date, zone, LocalTime.of(8, 0).plusMinutes(random.nextInt(151)));
        Instant lunch = at(date, zone, LocalTime.of(12, 0).plusMinutes(random.nextInt(91)));
        Duration lunchBreak = Duration.ofMinutes(30 + random.nextInt(46));
        Duration workday = Duration.ofMinutes(450 + random.nextInt(121));
        Instant weekendStart = at(date, zone, LocalTime.of(10, 0).plusMinutes(random.nextInt(361)));
        Duration weekendLength = Duration.ofMinutes(60 + random.nextInt(121));
        List<Burst> bursts = new ArrayList<>();
        if (weekend) {
            if (off < WEEKEND_SESSION) {
                bursts.addAll(session(weekendStart, weekendStart.plus(weekendLength), random, dataFiles));
            }
        } else if (off >= DAY_OFF) {
            bursts.addAll(session(start, lunch, random, dataFiles));
            bursts.addAll(session(lunch.plus(lunchBreak), start.plus(workday).plus(lunchBreak), random, dataFiles));
        }
        if (!bursts.isEmpty()) {
            Burst last = bursts.removeLast();
            bursts.add(new Burst(last.start(), last.end(), last.sessionStart(), true, last.path(), last.bytes()));
        }
        return bursts;
    }

    private static List<Burst> session(Instant from, Instant to, SplittableRandom random, Counter dataFiles) {
        List<Burst> bursts = new ArrayList<>();
        Instant t = from;
        while (t.isBefore(to.minus(Duration.ofMinutes(1)))) {
            Duration burst = logNormal(random, BURST_MEDIAN, BURST_SIGMA, Duration.ofMinutes(2), Duration.ofHours(1));
            Duration gap = logNormal(random, GAP_MEDIAN, GAP_SIGMA, Duration.ofSeconds(15), Duration.ofMinutes(30));
            String path = random.nextDouble() < NEW_DATA_FILE
                    ? String.format(Locale.ROOT, "data/run-%04d.bin", dataFiles.next())
                    : "notebooks/nb-" + random.nextInt(NOTEBOOKS) + ".ipynb";
            int bytes = 1024 + random.nextInt(MAX_FILE_BYTES - 1024 + 1);
            Instant end = t.plus(burst).isBefore(to) ? t.plus(burst) : to;
            bursts.add(new Burst(t, end, bursts.isEmpty(), false, path, bytes));
            t = end.plus(gap);
        }
        return bursts;
    }

    private static Instant at(LocalDate date, ZoneOffset zone, LocalTime time) {
        return date.atTime(time).toInstant(zone);
    }

    private static Duration logNormal(
            SplittableRandom random, Duration median, double sigma, Duration min, Duration max) {
        long millis = Math.round(median.toMillis() * Math.exp(sigma * random.nextGaussian()));
        return Duration.ofMillis(Math.clamp(millis, min.toMillis(), max.toMillis()));
    }

    private static final class Counter {
        private int value;

        int next() {
            return value++;
        }
    }
}
