package cloud.dumont.marketplace.internal;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.api.marketplace.QualityCheck;
import cloud.dumont.api.marketplace.QualityReport;
import cloud.dumont.api.marketplace.TemplateSpec;
import cloud.dumont.catalog.SemVer;
import cloud.dumont.platform.ProblemException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a template before it is listed: every rule runs, so a rejected publish lists every violation at once (422),
 * and an accepted one gets a quality report (warnings lower the score) stored with its version.
 */
@Component
class PublishingPipeline {

    static final int README_MAX_CHARS = 60_000;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+.-]{0,29}");
    private static final Pattern REGION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(TOKEN|KEY|PASSWORD|PASSWD|SECRET|CREDENTIAL).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]{1,60}>|\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    private static final Pattern VOLUME = Pattern.compile("/[^\\s:]+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S{1,180}");
    private static final Pattern CUDA = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    private static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+ -]{0,59}");
    /** The distribution reference grammar (registry[:port]/path[:tag][@digest]), lowercase repository. */
    private static final Pattern IMAGE = Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
            + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?/)?"
            + "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
            + "(?::(?:[\\w][\\w.-]{0,127}|@vastai-automatic-tag))?(?:@sha256:[a-f0-9]{64})?");

    static final Set<String> ARCHITECTURES = Set.of("x86_64", "arm64");
    static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private");
    static final Set<String> MAINTENANCE = Set.of("active", "deprecated", "archived");
    static final Set<String> APP_AUTH = Set.of("jupyter_token", "gradio_auth", "api_key", "portal_token");

    /** The checks of a draft, or a 422 problem listing every failed one. */
    QualityReport check(TemplateDraft d, boolean newTemplate) {
        Findings f = new Findings();
        if (newTemplate) {
            f.require(
                    d.slug() != null && SLUG.matcher(d.slug()).matches(),
                    "slug",
                    "slug",
                    "1-64 lowercase letters, digits and dashes, not starting or ending with a dash");
        }
        f.require(length(d.name(), 3, 120), "name", "name", "3 to 120 characters");
        f.require(length(d.description(), 10, 2000), "description", "description", "10 to 2000 characters");
        f.require(
                d.category() != null && Categories.ALL.contains(d.category()),
                "category",
                "category",
                "one of " + String.join(", ", Categories.ALL));
        checkTags(f, d.tags());
        f.require(
                d.architectures() != null
                        && !d.architectures().isEmpty()
                        && ARCHITECTURES.containsAll(d.architectures()),
                "architecture",
                "architectures",
                "one or more of x86_64, arm64");
        List<String> regions = d.regions() == null ? List.of() : d.regions();
        f.require(
                regions.size() <= 20
                        && regions.stream()
                                .allMatch(r -> r != null && REGION.matcher(r).matches()),
                "regions",
                "regions",
                "at most 20 region codes such as US, eu-west");
        f.require(VISIBILITIES.contains(d.visibility()), "visibility", "visibility", "public, unlisted or private");
        f.require(
                MAINTENANCE.contains(d.maintenanceStatus()),
                "maintenance",
                "maintenance_status",
                "active, deprecated or archived");
        f.require(
                d.documentationUrl() == null || httpUrl(d.documentationUrl()),
                "documentation-url",
                "documentation_url",
                "an http(s) URL of at most 500 characters");
        f.require(
                d.paperDoi() == null || DOI.matcher(d.paperDoi()).matches(),
                "paper-doi",
                "paper_doi",
                "a DOI such as 10.1038/s41586-024-00001-x");
        f.require(
                d.fundingSource() == null || d.fundingSource().length() <= 300,
                "funding",
                "funding_source",
                "at most 300 characters");
        f.require(
                d.readme() == null || d.readme().length() <= README_MAX_CHARS,
                "readme-size",
                "readme",
                "at most " + README_MAX_CHARS + " characters");
        f.require(
                d.version() != null && SemVer.valid(d.version()),
                "version",
                "version",
                "a semantic version such as 1.2.0");
        f.require(
                d.changelog() == null || d.changelog().length() <= 4000,
                "changelog",
                "changelog",
                "at most 4000 characters");
        f.require(
                d.license() == null || LICENSE.matcher(d.license()).matches(),
                "license",
                "license",
                "an SPDX identifier such as MIT or Apache-2.0");
        checkSpec(f, d.spec());
        f.advise(d.license() != null, "license", "license", "No license: others cannot know how they may use it");
        f.advise(
                d.readme() != null && d.readme().strip().length() >= 200,
                "readme",
                "readme",
                "A README of a few paragraphs tells people what they get and how to use it");
        f.advise(d.documentationUrl() != null, "documentation", "documentation_url", "No documentation link");
        if (!f.failures.isEmpty()) {
            throw rejected(f.failures);
        }
        long warnings = f.checks.stream().filter(c -> c.level().equals("warn")).count();
        return new QualityReport((int) Math.max(0, 100 - 10 * warnings), List.copyOf(f.checks));
    }

    /** 422 listing every failed rule, each with the request field it is about (as the client named it). */
    static ProblemException rejected(List<QualityCheck> failures) {
        return ProblemException.withFieldErrors(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "publish-rejected",
                "Template rejected",
                failures.size() + " rule(s) failed",
                failures.stream()
                        .map(c -> new ProblemException.FieldProblem(c.field(), c.message()))
                        .toList());
    }

    private static void checkTags(Findings f, List<String> tags) {
        List<String> list = tags == null ? List.of() : tags;
        f.require(list.size() <= 10, "tags", "tags", "at most 10 tags");
        for (int i = 0; i < list.size(); i++) {
            String tag = list.get(i);
            f.require(
                    tag != null && TAG.matcher(tag).matches(),
                    "tags",
                    "tags[" + i + "]",
                    "lowercase letters, digits, '+', '.', '-'; at most 30 characters");
        }
    }

    private static void checkSpec(Findings f, TemplateSpec spec) {
        if (spec == null) {
            f.require(false, "spec", "spec", "a launch spec (or from_deployment) is required");
            return;
        }
        String image = spec.dockerImage();
        f.require(
                image != null && image.length() <= 300 && IMAGE.matcher(image).matches(),
                "image",
                "spec.docker_image",
                "an image reference such as ghcr.io/org/app:1.2 (lowercase repository)");
        if (image != null && IMAGE.matcher(image).matches()) {
            boolean pinned = image.contains("@sha256:")
                    || (lastSegment(image).contains(":") && !lastSegment(image).endsWith(":latest"));
            f.advise(
                    pinned,
                    "image-pinned",
                    "spec.docker_image",
                    "The image is not pinned to a tag or digest: every deployment may run something different");
        }
        checkPorts(f, spec.ports());
        checkEnv(f, spec.env());
        List<String> volumes = spec.volumes() == null ? List.of() : spec.volumes();
        f.require(volumes.size() <= 10, "volumes", "spec.volumes", "at most 10 volumes");
        Set<String> seenVolumes = new HashSet<>();
        for (int i = 0; i < volumes.size(); i++) {
            String v = volumes.get(i);
            f.require(
                    v != null && v.length() <= 200 && VOLUME.matcher(v).matches() && seenVolumes.add(v),
                    "volumes",
                    "spec.volumes[" + i + "]",
                    "an absolute container path, once (not /)");
        }
        String command = spec.launchCommand();
        f.require(
                command == null || (command.length() <= 4000 && command.indexOf('\0') < 0),
                "command",
                "spec.launch_command",
                "at most 4000 characters");
        Integer min = spec.gpuMinVram();
        Integer recommended = spec.gpuRecommendedVram();
        f.require(min != null && min >= 1 && min <= 192, "gpu", "spec.gpu_min_vram", "1 to 192 GB");
        f.require(
                recommended == null || (recommended >= 1 && recommended <= 192),
                "gpu",
                "spec.gpu_recommended_vram",
                "1 to 192 GB");
        if (min != null && recommended != null) {
            f.require(recommended >= min, "gpu", "spec.gpu_recommended_vram", "at least the minimum (" + min + " GB)");
        }
        f.require(
                spec.cudaVersion() == null || CUDA.matcher(spec.cudaVersion()).matches(),
                "cuda",
                "spec.cuda_version",
                "a CUDA version such as 12.1");
        f.require(
                spec.diskGb() == null || (spec.diskGb() >= 10 && spec.diskGb() <= 2048),
                "disk",
                "spec.disk_gb",
                "10 to 2048 GB");
        f.require(
                spec.appAuth() == null || APP_AUTH.contains(spec.appAuth()),
                "app-auth",
                "spec.app_auth",
                "jupyter_token, gradio_auth, api_key or portal_token");
    }

    private static void checkPorts(Findings f, List<PortSpec> ports) {
        List<PortSpec> list = ports == null ? List.of() : ports;
        f.require(!list.isEmpty() && list.size() <= 20, "ports", "spec.ports", "1 to 20 ports");
        Set<Integer> seen = new HashSet<>();
        boolean healthPath = false;
        for (int i = 0; i < list.size(); i++) {
            PortSpec p = list.get(i);
            String field = "spec.ports[" + i + "]";
            if (p == null) {
                f.require(false, "ports", field, "a port");
                continue;
            }
            f.require(p.port() >= 1 && p.port() <= 65535, "ports", field + ".port", "1 to 65535");
            f.require(seen.add(p.port()), "ports", field + ".port", "port " + p.port() + " is listed twice");
            f.require(
                    p.protocol() == null
                            || Set.of("http", "https", "tcp", "udp").contains(p.protocol()),
                    "ports",
                    field + ".protocol",
                    "http, https, tcp or udp");
            f.require(
                    p.label() == null || p.label().length() <= 40, "ports", field + ".label", "at most 40 characters");
            f.require(
                    p.healthPath() == null
                            || (p.healthPath().startsWith("/")
                                    && p.healthPath().length() <= 200
                                    && !p.healthPath().contains(" ")),
                    "ports",
                    field + ".health_path",
                    "a path starting with /");
            healthPath |= p.healthPath() != null;
        }
        f.advise(
                healthPath,
                "health-path",
                "spec.ports",
                "No health path: Dumont cannot tell when the app is ready, only that the host runs");
    }

    private static void checkEnv(Findings f, Map<String, String> env) {
        Map<String, String> map = env == null ? Map.of() : env;
        f.require(map.size() <= 50, "env", "spec.env", "at most 50 variables");
        for (var e : map.entrySet()) {
            String name = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue();
            String field = "spec.env." + name;
            f.require(
                    name != null && ENV_NAME.matcher(name).matches(),
                    "env",
                    field,
                    "a variable name: letters, digits and _, not starting with a digit");
            f.require(value.length() <= 1000, "env", field, "a value of at most 1000 characters");
            if (name != null
                    && SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                f.require(
                        value.isEmpty() || PLACEHOLDER.matcher(value).matches(),
                        "env-secret",
                        field,
                        "looks like a secret: leave it empty or a placeholder such as <your-token>; people set it"
                                + " when they deploy");
            }
        }
    }

    private static String lastSegment(String image) {
        String noDigest = image.split("@sha256:")[0];
        return noDigest.substring(noDigest.lastIndexOf('/') + 1);
    }

    private static boolean length(String s, int min, int max) {
        return s != null && s.strip().length() >= min && s.length() <= max;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return url.length() <= 500
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every finding, with one passing entry per rule code so the report shows what was checked. */
    private static final class Findings {
        final List<QualityCheck> checks = new ArrayList<>();
        final List<QualityCheck> failures = new ArrayList<>();
        private final Set<String> failedCodes = new HashSet<>();
        private final Set<String> reportedCodes = new HashSet<>();

        void require(boolean ok, String code, String field, String rule) {
            if (!ok) {
                QualityCheck failure = new QualityCheck(code, "fail", field, rule);
                failures.add(failure);
                failedCodes.add(code);
                checks.removeIf(c -> c.code().equals(code) && c.level().equals("pass"));
                checks.add(failure);
            } else if (!failedCodes.contains(code) && reportedCodes.add(code)) {
                checks.add(new QualityCheck(code, "pass", null, "ok"));
            }
        }

        void advise(boolean ok, String code, String field, String advice) {
            checks.add(new QualityCheck(code, ok ? "pass" : "warn", ok ? null : field, ok ? "ok" : advice));
        }
    }
}
