package cloud.dumont.api.marketplace;

import java.util.List;

/** What the publishing pipeline found in a version, stored with it and shown on the template page. */
public record QualityReport(int score, List<QualityCheck> checks) {}
