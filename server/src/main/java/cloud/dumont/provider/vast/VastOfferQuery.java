package cloud.dumont.provider.vast;

import cloud.dumont.provider.CloudOffer;
import cloud.dumont.provider.OfferFilter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The body of {@code POST /api/v0/bundles/} for an {@link OfferFilter}, and the offers of its answer. */
final class VastOfferQuery {

    static final int DEFAULT_LIMIT = 64;

    private VastOfferQuery() {}

    static ObjectNode body(OfferFilter filter) {
        ObjectNode q = VastJson.MAPPER.createObjectNode();
        // The CLI's client-side defaults, sent explicitly: whether the server applies them is unconfirmed. Leaving
        // verified out would therefore not be enough to let unverified hosts in; "in [true, false]" says so either way.
        if (filter.verifiedOnly()) {
            q.putObject("verified").put("eq", true);
        } else {
            q.putObject("verified").putArray("in").add(true).add(false);
        }
        q.putObject("rentable").put("eq", true);
        q.putObject("rented").put("eq", false);
        q.putObject("external").put("eq", false);
        if (filter.numGpus() != null) {
            q.putObject("num_gpus").put("eq", filter.numGpus());
        }
        q.putObject("gpu_ram").put("gte", minGpuRamMb(filter.minVramGb()));
        if (filter.minCuda() > 0) {
            q.putObject("cuda_max_good").put("gte", filter.minCuda());
        }
        if (filter.minReliability() > 0) {
            q.putObject("reliability").put("gte", filter.minReliability());
        }
        q.putObject("disk_space").put("gte", filter.diskGb());
        // A template's app is reached on a mapped port; proxy-only hosts cannot serve it.
        q.putObject("direct_port_count").put("gte", 1);
        if (filter.gpuName() != null && !filter.gpuName().isBlank()) {
            q.putObject("gpu_name").put("eq", filter.gpuName().strip());
        }
        if (filter.countryCodes() != null) {
            // Vast.ai matches "in" against the country code that ends a geolocation ("Texas, US" is in ["US"]).
            ArrayNode codes = q.putObject("geolocation").putArray("in");
            filter.countryCodes().stream().sorted().forEach(codes::add);
        }
        if (filter.maxPricePerHour() != null) {
            q.putObject("dph_total").put("lte", filter.maxPricePerHour());
        }
        // Cheapest first, the more reliable host first at the same price: the ranking the port promises and the one a
        // person renting one GPU for a template wants (the filters above already set the floor on memory, CUDA and
        // reliability). Letting Vast.ai sort means a caller needs only as many offers as it will show or try.
        q.putArray("order").add(pair("dph_total", "asc")).add(pair("reliability", "desc"));
        q.put("type", "on-demand");
        q.put("limit", filter.limit() > 0 ? filter.limit() : DEFAULT_LIMIT);
        // Prices storage for this disk into dph_total, so dph_total is what the instance will cost per hour.
        q.put("allocated_storage", filter.diskGb());
        return q;
    }

    /** One offer by id, only while it can be rented. */
    static ObjectNode byId(long offerId) {
        ObjectNode q = VastJson.MAPPER.createObjectNode();
        q.putObject("id").put("eq", offerId);
        q.putObject("rentable").put("eq", true);
        q.putObject("rented").put("eq", false);
        q.put("type", "on-demand");
        q.put("limit", 1);
        return q;
    }

    static int minGpuRamMb(int minVramGb) {
        return CloudOffer.minReportedVramMb(minVramGb);
    }

    static List<CloudOffer> offers(JsonNode answer) {
        List<CloudOffer> offers = new ArrayList<>();
        JsonNode list = answer.path("offers");
        if (!list.isArray()) {
            return offers;
        }
        for (JsonNode node : list) {
            Long id = VastJson.longValue(node.path("id"));
            if (id == null) {
                continue;
            }
            Long machineId = VastJson.longValue(node.path("machine_id"));
            Double gpuRam = VastJson.doubleValue(node.path("gpu_ram"));
            offers.add(new CloudOffer(
                    id,
                    machineId == null ? 0 : machineId,
                    VastJson.text(node.path("gpu_name")),
                    (int) VastJson.doubleValue(node.path("num_gpus"), 1),
                    gpuRam == null ? 0 : (int) Math.round(gpuRam),
                    VastJson.doubleValue(node.path("dph_total"), 0),
                    VastJson.doubleValue(node.path("reliability"), VastJson.doubleValue(node.path("reliability2"), 0)),
                    VastJson.text(node.path("geolocation")),
                    VastJson.doubleValue(node.path("inet_down"), 0),
                    VastJson.doubleValue(node.path("cuda_max_good"), 0),
                    verified(node),
                    VastJson.doubleValue(node.path("disk_space"), 0),
                    VastJson.doubleValue(node.path("min_bid")),
                    VastJson.doubleValue(node.path("storage_total_cost"))));
        }
        return offers;
    }

    private static boolean verified(JsonNode offer) {
        JsonNode verified = offer.path("verified");
        return verified.isMissingNode() || verified.isNull()
                ? "verified".equals(VastJson.text(offer.path("verification")))
                : VastJson.bool(verified);
    }

    private static JsonNode pair(String field, String direction) {
        return VastJson.MAPPER.createArrayNode().add(field).add(direction);
    }
}
