package cloud.dumont.deployment.internal;

import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.deployment.BlockedMachines;
import cloud.dumont.deployment.MachineRecords;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import cloud.dumont.provider.OfferFilter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the offers a template fits on and ranks them the way a person picking a GPU would: cheapest first among hosts
 * that pass the reliability floor, the more reliable host first at the same price. Blacklisted machines are left out
 * of every answer.
 */
@Component
public class OfferPicker {

    /** Blocked machines beyond this many may thin a page out rather than make every search larger. */
    private static final int MAX_EXTRA_OFFERS = 64;

    private final DeploymentProperties properties;
    private final BlockedMachines blocked;
    private final MachineRecords records;

    OfferPicker(
            DeploymentProperties properties,
            ObjectProvider<BlockedMachines> blocked,
            ObjectProvider<MachineRecords> records) {
        this.properties = properties;
        this.blocked = blocked.getIfAvailable(() -> BlockedMachines.NONE);
        this.records = records.getIfAvailable(() -> MachineRecords.NONE);
    }

    /** The compatible offers that meet the user's constraints, best first. */
    public List<CloudOffer> compatible(
            GpuCloud cloud,
            TemplateLaunchSpec spec,
            int diskGb,
            String gpuName,
            OfferConstraints constraints,
            int limit) {
        return ranked(cloud, spec, diskGb, gpuName, constraints, limit).stream()
                .map(OfferRanking.RankedOffer::offer)
                .toList();
    }

    /** The compatible offers with their scores and the reasons of their rank. */
    List<OfferRanking.RankedOffer> ranked(
            GpuCloud cloud,
            TemplateLaunchSpec spec,
            int diskGb,
            String gpuName,
            OfferConstraints constraints,
            int limit) {
        OfferFilter filter = new OfferFilter(
                spec.gpuMinVram(),
                cudaOf(spec),
                properties.minReliability(),
                blankToNull(gpuName),
                constraints.maxPricePerHour(),
                diskGb,
                limit + Math.min(blocked.count(), MAX_EXTRA_OFFERS),
                1,
                constraints.countryCodes(),
                constraints.verifiedOnly());
        // The search already asks the provider for exactly these offers; checking each answer again costs nothing and
        // keeps a provider that reads a filter loosely (an odd geolocation) from renting outside the user's choice.
        List<CloudOffer> found = cloud.searchOffers(filter).stream()
                .filter(o -> !isBlocked(o) && constraints.admits(o))
                .toList();
        return OfferRanking.rank(
                        found,
                        records.records(
                                found.stream().map(CloudOffer::machineId).toList()))
                .stream()
                .limit(limit)
                .toList();
    }

    /** True when the offer's machine is blacklisted. */
    public boolean isBlocked(CloudOffer offer) {
        return blocked.isBlocked(offer.machineId());
    }

    static double cudaOf(TemplateLaunchSpec spec) {
        try {
            return spec.cudaVersion() == null ? 0 : Double.parseDouble(spec.cudaVersion());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
