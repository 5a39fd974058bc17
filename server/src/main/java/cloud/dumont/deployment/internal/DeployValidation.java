package cloud.dumont.deployment.internal;

import cloud.dumont.api.deployment.DeployRequest;
import cloud.dumont.catalog.DeployableTemplate;
import cloud.dumont.catalog.GpuCatalog;
import cloud.dumont.catalog.TemplateLaunchSpec;
import cloud.dumont.platform.ProblemException;
import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.GpuCloud;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a deploy request against the template and the live market before anything is stored, so a request that
 * cannot work is refused with a reason instead of failing minutes later.
 */
@Component
class DeployValidation {

    /** Plain variable names only: Vast.ai reads keys such as "-p 80:80" as docker options. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /** Variables that carry the deployment's own secret; a user value would replace it. */
    private static final Set<String> RESERVED = Set.of("JUPYTER_TOKEN", "OPEN_BUTTON_TOKEN", "WEBUI_FLAGS");

    private final GpuCatalog gpus;
    private final OfferPicker picker;

    DeployValidation(GpuCatalog gpus, OfferPicker picker) {
        this.gpus = gpus;
        this.picker = picker;
    }

    void checkEnv(Map<String, String> env) {
        if (env == null) {
            return;
        }
        env.forEach((name, value) -> {
            if (!ENV_NAME.matcher(name).matches()) {
                throw unprocessable("Environment variable name '" + name + "' is not a plain variable name");
            }
            if (RESERVED.contains(name)) {
                throw unprocessable(name + " is set by Dumont to guard this deployment and cannot be overridden");
            }
            if (value == null || value.length() > 256) {
                throw unprocessable("The value of " + name + " must be a string of at most 256 characters");
            }
        });
    }

    void checkGpuName(DeployableTemplate template, String gpuName) {
        gpus.find(gpuName).ifPresent(gpu -> {
            if (gpu.vramGb() < template.spec().gpuMinVram()) {
                throw belowMinimum(template, gpu.name(), gpu.vramGb());
            }
        });
    }

    /** The offer, checked against the template; a gone offer is a conflict the user resolves by picking again. */
    CloudOffer checkOffer(GpuCloud cloud, DeployableTemplate template, long offerId, int diskGb) {
        CloudOffer offer = cloud.offer(offerId)
                .orElseThrow(() -> new ProblemException(
                        HttpStatus.CONFLICT,
                        "offer-gone",
                        "Offer no longer available",
                        "Offer " + offerId + " was rented or withdrawn; pick another offer"));
        if (picker.isBlocked(offer)) {
            throw new ProblemException(
                    HttpStatus.CONFLICT,
                    "machine-blacklisted",
                    "Machine blacklisted",
                    "Offer " + offerId + " is on machine " + offer.machineId()
                            + ", which Dumont has blacklisted after failed deployments; pick another offer");
        }
        TemplateLaunchSpec spec = template.spec();
        if (!offer.hasVram(spec.gpuMinVram())) {
            throw belowMinimum(template, offer.gpuName(), Math.round(offer.gpuRamMb() / 1024f));
        }
        if (offer.diskSpaceGb() < diskGb) {
            throw unprocessable(String.format(
                    "Offer %d has %.0f GB of free disk; this deployment needs %d GB",
                    offerId, offer.diskSpaceGb(), diskGb));
        }
        double cuda = OfferPicker.cudaOf(spec);
        if (offer.cudaMaxGood() + 1e-9 < cuda) {
            throw unprocessable(String.format(
                    "Offer %d's driver supports CUDA %.1f; %s needs CUDA %s",
                    offerId, offer.cudaMaxGood(), template.name(), spec.cudaVersion()));
        }
        return offer;
    }

    /** A bid on a picked offer must meet that offer's minimum bid, or Vast.ai would rent a stopped instance. */
    void checkBid(CloudOffer offer, Double bidPerHour) {
        if (bidPerHour == null) {
            return;
        }
        if (offer.minBid() == null) {
            throw unprocessable("Offer " + offer.id() + " cannot be rented interruptibly; deploy it on-demand");
        }
        if (bidPerHour + 1e-9 < offer.minBid()) {
            throw unprocessable(String.format(
                    java.util.Locale.ROOT,
                    "A bid of $%.4f/h is under offer %d's minimum bid of $%.4f/h",
                    bidPerHour,
                    offer.id(),
                    offer.minBid()));
        }
    }

    /** A picked offer must meet the constraints the deployment is given, or it would break them from the start. */
    static void checkConstraints(CloudOffer offer, OfferConstraints constraints) {
        String why = constraints.whyNot(offer);
        if (why != null) {
            throw unprocessable("Offer " + offer.id() + " " + why + "; pick an offer that meets the constraints");
        }
    }

    /** The disk to allocate: the template's unless the request asks for more; less would not hold its image and data. */
    static int diskGb(DeployRequest request, DeployableTemplate template) {
        int needed = template.spec().diskGb();
        if (request.diskGb() == null) {
            return needed;
        }
        if (request.diskGb() < needed) {
            throw unprocessable(template.name() + " needs at least " + needed + " GB of disk for its image and data");
        }
        return request.diskGb();
    }

    private static ProblemException belowMinimum(DeployableTemplate template, String gpu, int vramGb) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "gpu-below-minimum",
                "GPU too small",
                gpu + " has " + vramGb + " GB of VRAM; " + template.name() + " needs at least "
                        + template.spec().gpuMinVram() + " GB");
    }

    static ProblemException unprocessable(String detail) {
        return new ProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT, "invalid-deployment", "Invalid deployment", detail);
    }
}
