package cloud.dumont.api.marketplace;

import java.time.LocalDate;

/** Launches requested on one UTC day, and how many of them reached running or failed. */
public record DailyLaunches(LocalDate day, long launches, long ready, long failed) {}
